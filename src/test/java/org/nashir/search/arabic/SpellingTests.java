package org.nashir.search.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** «هل تقصد» on folded words, with story counts like a news site's. */
class SpellingTests {

    private static final Map<String, Long> NEAR_TUNIS = Map.of("تونس", 320L, "تونسي", 90L, "توني", 4L);

    @Test
    void correctsLettersThatSoundAlikeOrDifferByTheirDots() {
        assertThat(Spelling.nearest("تونص", NEAR_TUNIS)).isEqualTo("تونس");
        assertThat(Spelling.nearest("اذربيحان", Map.of("اذربيجان", 40L, "اذربيجاني", 3L))).isEqualTo("اذربيجان");
        // the hamza's seat ئ, folded to ء, typed as ي: not الجزار, one letter shorter
        assertThat(Spelling.nearest("الجزاير", Map.of("الجزاءر", 900L, "الجزار", 30L))).isEqualTo("الجزاءر");
    }

    @Test
    void putsBackALongVowelATransliteratedNameLost() {
        assertThat(Spelling.nearest("ماكرن", Map.of("ماكرون", 150L, "ماكر", 2L))).isEqualTo("ماكرون");
        assertThat(Spelling.distance("ترمب", "ترامب")).isEqualTo(0.5);
    }

    @Test
    void prefersTheCommonerOfTwoEquallyNearWords() {
        assertThat(Spelling.nearest("بحص", Map.of("بحث", 400L, "بحس", 2L))).isEqualTo("بحث");
    }

    @Test
    void suggestsNothingFarOrForAShortWordMoreThanANearMissAway() {
        assertThat(Spelling.nearest("تونص", Map.of("تونا", 10L))).isNull();
        assertThat(Spelling.nearest("قلم", Map.of("علم", 500L))).isNull();
        assertThat(Spelling.nearest("برلمان", Map.of("سلطان", 500L))).isNull();
    }

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(Spelling.distance("مصرف", "مرصف")).isEqualTo(1.0);
    }
}
