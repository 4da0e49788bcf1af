package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.junit.jupiter.params.provider.MethodSource;

/** Coverage-guided fuzzing (Jazzer) of the slug maker: every title gives an address segment, short and stable. */
class SlugsFuzzTests {

    @MethodSource("org.nashir.FuzzSeeds#hostile")
    @FuzzTest(maxDuration = "10s")
    void everyTitleGivesAShortStableSegment(@NotNull String title) {
        String slug = Slugs.slugify(title);
        assertThat(slug).matches("[\\p{L}\\p{M}\\p{N}]*(-[\\p{L}\\p{M}\\p{N}]+)*");
        String encoded = Slugs.encode(slug);
        assertThat(encoded.length()).isLessThanOrEqualTo(Slugs.MAX_ENCODED_LENGTH);
        assertThat(encoded).matches("[A-Za-z0-9%._~-]*");
        assertThat(Slugs.slugify(slug)).isEqualTo(slug);
    }
}
