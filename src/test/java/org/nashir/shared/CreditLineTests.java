package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditLineTests {

    @Test
    void aCreditTypedWithItsOwnPrefixKeepsOnlyTheSource() {
        assertThat(CreditLine.of("المصدر: رويترز")).isEqualTo("رويترز");
        assertThat(CreditLine.of("  المصدر : أ ف ب ")).isEqualTo("أ ف ب");
        assertThat(CreditLine.of("Source: AP")).isEqualTo("AP");
        assertThat(CreditLine.of("رويترز")).isEqualTo("رويترز");
        assertThat(CreditLine.of("وكالة المصدر: الشرق")).as("only a leading prefix goes").isEqualTo("وكالة المصدر: الشرق");
        assertThat(CreditLine.of("المصدر: المصدر: رويترز")).as("the same whether cleaned once or twice").isEqualTo("رويترز");
        assertThat(CreditLine.of("المصدر:")).isNull();
        assertThat(CreditLine.of(null)).isNull();
    }
}
