package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Runs the same on JDK 17 and 25: ICU4J carries its own CLDR and the digits are always pinned. */
class ArabicDatesTests {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final Instant REFERENCE = Instant.parse("2024-08-19T08:25:00Z");

    @Test
    void printsTheReferenceDateByDefault() {
        assertThat(new ArabicDates(RIYADH, MonthStyle.EGYPTIAN, Digits.WESTERN).dateTime(REFERENCE))
                .isEqualTo("19 أغسطس 2024، 11:25 ص");
    }

    @ParameterizedTest
    @CsvSource({
            "EGYPTIAN, 19 أغسطس 2024، 11:25 ص",
            "LEVANTINE, 19 آب 2024، 11:25 ص",
            "MAGHREB, 19 أوت 2024، 11:25 ص",
            "MOROCCAN, 19 غشت 2024، 11:25",
            "LEVANTINE_EGYPTIAN, 19 آب/أغسطس 2024، 11:25 ص",
            "EGYPTIAN_LEVANTINE, 19 أغسطس/آب 2024، 11:25 ص"})
    void namesTheMonthInEveryStyle(MonthStyle style, String expected) {
        assertThat(new ArabicDates(RIYADH, style, Digits.WESTERN).dateTime(REFERENCE)).isEqualTo(expected);
    }

    @Test
    void buildsDualMonthNamesForTheWholeYear() {
        String[] months = MonthStyle.LEVANTINE_EGYPTIAN.monthNames();
        assertThat(months[0]).isEqualTo("كانون الثاني/يناير");
        assertThat(months[7]).isEqualTo("آب/أغسطس");
        assertThat(months[11]).isEqualTo("كانون الأول/ديسمبر");
    }

    @Test
    void printsArabicIndicDigitsWhenTheSiteAsks() {
        ArabicDates dates = new ArabicDates(RIYADH, MonthStyle.EGYPTIAN, Digits.ARABIC_INDIC);
        assertThat(dates.dateTime(REFERENCE)).isEqualTo("١٩ أغسطس ٢٠٢٤، ١١:٢٥ ص");
        assertThat(dates.number(2026)).isEqualTo("٢٠٢٦");
        assertThat(dates.iso(REFERENCE)).isEqualTo("2024-08-19T11:25:00+03:00");
    }

    @Test
    void pinsWesternDigitsWhateverTheJdkDefault() {
        ArabicDates dates = new ArabicDates(RIYADH, MonthStyle.LEVANTINE, Digits.WESTERN);
        assertThat(dates.dateTime(REFERENCE)).isEqualTo("19 آب 2024، 11:25 ص");
        assertThat(dates.hijriDate(REFERENCE)).isEqualTo("15 صفر 1446 هـ");
    }

    @Test
    void usesTheSitesTimeZone() {
        ArabicDates cairo = new ArabicDates(ZoneId.of("Africa/Cairo"), MonthStyle.EGYPTIAN, Digits.WESTERN);
        assertThat(cairo.dateTime(REFERENCE)).isEqualTo("19 أغسطس 2024، 11:25 ص");
        ArabicDates casablanca = new ArabicDates(ZoneId.of("UTC"), MonthStyle.EGYPTIAN, Digits.WESTERN);
        assertThat(casablanca.dateTime(Instant.parse("2024-08-19T20:05:00Z"))).isEqualTo("19 أغسطس 2024، 8:05 م");
    }

    @Test
    void printsTheUmmAlQuraDateInBothDigitSystemsAndGuardsItsRange() {
        assertThat(new ArabicDates(RIYADH, MonthStyle.EGYPTIAN, Digits.ARABIC_INDIC).hijriDate(REFERENCE))
                .isEqualTo("١٥ صفر ١٤٤٦ هـ");
        assertThat(new ArabicDates(RIYADH, MonthStyle.EGYPTIAN, Digits.WESTERN)
                .hijriDate(Instant.parse("2024-03-11T12:00:00Z"))).isEqualTo("1 رمضان 1445 هـ");
        assertThat(new ArabicDates(RIYADH, MonthStyle.EGYPTIAN, Digits.WESTERN)
                .hijriDate(Instant.parse("2180-01-01T00:00:00Z"))).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "0, الآن",
            "1, قبل دقيقة واحدة",
            "2, قبل دقيقتين",
            "5, قبل 5 دقائق",
            "11, قبل 11 دقيقة",
            "60, قبل ساعة واحدة",
            "120, قبل ساعتين",
            "180, قبل 3 ساعات",
            "1380, قبل 23 ساعة"})
    void saysHowLongAgoWithArabicPlurals(long minutes, String expected) {
        ArabicDates dates = new ArabicDates(RIYADH, MonthStyle.EGYPTIAN, Digits.WESTERN);
        assertThat(dates.relative(REFERENCE, REFERENCE.plus(Duration.ofMinutes(minutes)))).isEqualTo(expected);
    }

    @Test
    void fallsBackToTheDateAfterADayAndInArabicIndicDigits() {
        ArabicDates western = new ArabicDates(RIYADH, MonthStyle.EGYPTIAN, Digits.WESTERN);
        assertThat(western.relative(REFERENCE, REFERENCE.plus(Duration.ofHours(30)))).isEqualTo("19 أغسطس 2024");
        ArabicDates indic = new ArabicDates(RIYADH, MonthStyle.EGYPTIAN, Digits.ARABIC_INDIC);
        assertThat(indic.relative(REFERENCE, REFERENCE.plus(Duration.ofMinutes(5)))).isEqualTo("قبل ٥ دقائق");
    }
}
