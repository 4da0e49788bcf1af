package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicCountsTests {

    @Test
    void countsStoriesAsArabicSaysThem() {
        assertThat(ArabicCounts.stories(0)).isEqualTo("لا أخبار");
        assertThat(ArabicCounts.stories(1)).isEqualTo("خبر واحد");
        assertThat(ArabicCounts.stories(2)).isEqualTo("خبران");
        assertThat(ArabicCounts.stories(3)).isEqualTo("3 أخبار");
        assertThat(ArabicCounts.stories(10)).isEqualTo("10 أخبار");
        assertThat(ArabicCounts.stories(25)).isEqualTo("25 خبراً");
        assertThat(ArabicCounts.stories(100)).isEqualTo("100 خبر");
        assertThat(ArabicCounts.stories(103)).isEqualTo("103 أخبار");
    }

    @Test
    void countsLettersForTheHeadlineLimit() {
        assertThat(ArabicCounts.letters(300)).isEqualTo("300 حرف");
        assertThat(ArabicCounts.letters(12)).isEqualTo("12 حرفاً");
    }
}
