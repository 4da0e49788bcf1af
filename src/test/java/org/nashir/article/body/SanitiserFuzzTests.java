package org.nashir.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.junit.jupiter.params.provider.MethodSource;

/** Coverage-guided fuzzing (Jazzer) of the inline sanitiser every paragraph passes on its way in and out. */
class SanitiserFuzzTests {

    /** Whatever the markup, what is kept is inert and stays the same when sanitised again. */
    @MethodSource("org.nashir.FuzzSeeds#hostile")
    @FuzzTest(maxDuration = "10s")
    void whatIsKeptIsInertAndStable(@NotNull String html) {
        String safe = InlineHtml.sanitize(html);
        assertThat(InlineHtml.sanitize(safe)).isEqualTo(safe);
        InertHtml.check(safe);
        if (InlineHtml.problemWith(html) == null) {
            InertHtml.check(html);
        }
    }
}
