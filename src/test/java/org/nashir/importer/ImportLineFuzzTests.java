package org.nashir.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashir.article.Article;
import org.nashir.article.body.BodyCodec;

/** Coverage-guided fuzzing (Jazzer) of a JSON-lines import line: a story checked whole, or a reason. */
class ImportLineFuzzTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10s")
    void anyLineIsAStoryOrAReason(@NotNull String line) {
        ImportLine story;
        try {
            story = ImportLine.read(1, line, ZONE, Instant.EPOCH);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(story.headline()).isNotBlank().hasSizeLessThanOrEqualTo(Article.MAX_HEADLINE);
        assertThat(story.section()).isNotBlank();
        // the body validates, and once kept (cleaned, as Article keeps it) it stays the same
        var kept = BodyCodec.read(BodyCodec.write(story.body()));
        assertThat(BodyCodec.read(BodyCodec.write(kept))).isEqualTo(kept);
    }

    static java.util.stream.Stream<String> seeds() {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        return org.nashir.FuzzSeeds.hostile().map(s -> "{\"headline\":" + json.writeValueAsString(s) + ",\"section\":\"محليات\","
                + "\"body\":[" + json.writeValueAsString(s) + "],\"published_at\":\"2024-08-19T11:25:00+03:00\",\"tags\":[\"نقل\"]}");
    }
}
