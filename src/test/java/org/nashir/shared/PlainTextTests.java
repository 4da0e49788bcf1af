package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

    @Test
    void dropsControlsBidiOverridesAndBrokenSurrogates() {
        assertThat(PlainText.clean("خبر\u0000 عاجل\u0007")).isEqualTo("خبر عاجل");
        assertThat(PlainText.clean("صورة\u202Egpj.exe\u202C")).isEqualTo("صورةgpj.exe");
        assertThat(PlainText.clean("a\uD800b\uDC00c")).isEqualTo("abc");
        assertThat(PlainText.clean("\u0085سطر\u009B")).isEqualTo("سطر");
    }

    @Test
    void keepsWhatArabicTextAndLayoutNeed() {
        String text = "سطر أول\nسطر\tثانٍ \u200F(ب)\u200E \u061C لا\u200Dم \u2067معزول\u2069 😀";
        assertThat(PlainText.clean(text)).isSameAs(text);
        assertThat(PlainText.clean(null)).isNull();
    }
}
