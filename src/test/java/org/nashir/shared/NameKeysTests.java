package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTests {

    @Test
    void spellingsThatDifferOnlyInPunctuationTatweelDashesAndSpacesShareAKey() {
        assertThat(NameKeys.of("دبي ـ العربية.نت")).isEqualTo(NameKeys.of("دبي- العربية.نت"))
                .isEqualTo(NameKeys.of("دبي – العربية نت")).isEqualTo(NameKeys.of("  دبي—العربيةُ.نت "));
    }

    @Test
    void hamzaSeatsAlefMaqsuraTaaMarbutaAndDiacriticsFold() {
        assertThat(NameKeys.of("أحمد مصطفى")).isEqualTo(NameKeys.of("احمد مصطفي"));
        assertThat(NameKeys.of("إسلام")).isEqualTo(NameKeys.of("اسلام"));
        assertThat(NameKeys.of("مُحَمَّد")).isEqualTo(NameKeys.of("محمد"));
        assertThat(NameKeys.of("وكالة الأنباء")).isEqualTo(NameKeys.of("وكاله الانباء"));
        assertThat(NameKeys.of("عبدالله")).isEqualTo(NameKeys.of("عبد الله"));
    }

    @Test
    void digitsAndLatinLettersFoldAndDifferentNamesStayApart() {
        assertThat(NameKeys.of("قناة ٢٤")).isEqualTo(NameKeys.of("قناة 24"));
        assertThat(NameKeys.of("BBC Arabic")).isEqualTo(NameKeys.of("bbc-arabic"));
        assertThat(NameKeys.of("سامي")).isNotEqualTo(NameKeys.of("سامر"));
        assertThat(NameKeys.of("لبنان")).isNotEqualTo(NameKeys.of("لبن"));
    }

    @Test
    void aNameOfNothingButPunctuationHasAnEmptyKey() {
        assertThat(NameKeys.of("- . ـ")).isEmpty();
        assertThat(NameKeys.of(null)).isEmpty();
    }
}
