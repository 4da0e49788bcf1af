package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTests {

    @Test
    void aValueCannotStartALineOfItsOwnInTheLog() {
        assertThat(LogText.of("mallory\n2026-12-06 INFO Signed in: boss")).doesNotContain("\n")
                .isEqualTo("mallory\\n2026-12-06 INFO Signed in: boss");
        assertThat(LogText.of("a\rb\u0000c\u202Ed")).isEqualTo("a\\rb\\u0000c\\u202ed");
        assertThat(LogText.of("سارة")).isEqualTo("سارة");
        assertThat(LogText.of("x".repeat(1000))).hasSize(201).endsWith("…");
        assertThat(LogText.of(null)).isEqualTo("null");
    }
}
