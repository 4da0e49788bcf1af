package org.nashir.shared;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Formats instants the way an Arabic news site prints them: «19 أغسطس 2024، 11:25 ص» in the site's
 * time zone, month style and digits. Immutable and safe to share; each call clones its prototypes
 * because ICU formatters are not thread-safe.
 */
public final class ArabicDates {

    // Umm al-Qura is tabulated for 1300–1600 AH; ICU silently extrapolates outside it, so we guard.
    private static final LocalDate HIJRI_FIRST = LocalDate.of(1882, 11, 12);
    private static final LocalDate HIJRI_LAST = LocalDate.of(2174, 11, 25);
    private static final Duration RELATIVE_LIMIT = Duration.ofHours(24);

    private final ZoneId zone;
    private final Digits digits;
    private final SimpleDateFormat dateTime;
    private final SimpleDateFormat date;
    private final SimpleDateFormat time;
    private final SimpleDateFormat hijri;
    private final SimpleDateFormat month;
    private final RelativeDateTimeFormatter relative;

    private record Style(ZoneId zone, MonthStyle months, Digits digits) {
    }

    private static final java.util.Map<Style, ArabicDates> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Shared instances: building ICU's formatters costs more than a whole cached page, and they are safe to share. */
    public static ArabicDates of(ZoneId zone, MonthStyle months, Digits digits) {
        return MADE.computeIfAbsent(new Style(zone, months, digits), style -> new ArabicDates(zone, months, digits));
    }

    public ArabicDates(ZoneId zone, MonthStyle months, Digits digits) {
        this.zone = zone;
        this.digits = digits;
        ULocale locale = new ULocale("ar@numbers=" + digits.numberingSystem());
        DateFormatSymbols symbols = new DateFormatSymbols(locale);
        symbols.setMonths(months.monthNames(), DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        String time = months.uses24HourClock() ? "HH:mm" : "h:mm a";
        this.dateTime = gregorian("d MMMM y، " + time, locale, symbols);
        this.date = gregorian("d MMMM y", locale, symbols);
        this.time = gregorian(time, locale, symbols);
        this.month = gregorian("MMMM y", locale, symbols);
        this.hijri = new SimpleDateFormat("d MMMM y G",
                new ULocale("ar_SA@calendar=islamic-umalqura;numbers=" + digits.numberingSystem()));
        this.hijri.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        this.relative = RelativeDateTimeFormatter.getInstance(locale);
    }

    private SimpleDateFormat gregorian(String pattern, ULocale locale, DateFormatSymbols symbols) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setDateFormatSymbols(symbols);
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format;
    }

    /** «19 أغسطس 2024، 11:25 ص» */
    public String dateTime(Instant instant) {
        return ((SimpleDateFormat) dateTime.clone()).format(Date.from(instant));
    }

    /** «11:25 ص» */
    public String time(Instant instant) {
        return ((SimpleDateFormat) time.clone()).format(Date.from(instant));
    }

    /** «19 أغسطس 2024» */
    public String date(Instant instant) {
        return ((SimpleDateFormat) date.clone()).format(Date.from(instant));
    }

    /** «أغسطس 2024» */
    public String month(Instant instant) {
        return ((SimpleDateFormat) month.clone()).format(Date.from(instant));
    }

    /** «15 صفر 1446 هـ», or null outside the range the Umm al-Qura tables cover. */
    public String hijriDate(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        if (day.isBefore(HIJRI_FIRST) || day.isAfter(HIJRI_LAST)) {
            return null;
        }
        return ((SimpleDateFormat) hijri.clone()).format(Date.from(instant));
    }

    /** «قبل 5 دقائق» for the last day, then the plain date; the future is printed as a date. */
    public String relative(Instant instant, Instant now) {
        Duration age = Duration.between(instant, now);
        if (age.isNegative() || age.compareTo(RELATIVE_LIMIT) >= 0) {
            return date(instant);
        }
        if (age.toMinutes() < 1) {
            return relative.format(Direction.PLAIN, AbsoluteUnit.NOW);
        }
        if (age.toHours() < 1) {
            return relative.format(age.toMinutes(), Direction.LAST, RelativeUnit.MINUTES);
        }
        return relative.format(age.toHours(), Direction.LAST, RelativeUnit.HOURS);
    }

    /** The machine-readable form for {@code <time datetime>}: ISO-8601 with the site's offset. */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }

    public int year(Instant instant) {
        return instant.atZone(zone).getYear();
    }

    public String number(long value) {
        return digits.localize(value);
    }

    public ZoneId zone() {
        return zone;
    }
}
