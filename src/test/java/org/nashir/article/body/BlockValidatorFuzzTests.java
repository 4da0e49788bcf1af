package org.nashir.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer) of the block validator. A plain test run replays the seeds;
 * {@code JAZZER_FUZZ=1} fuzzes (docs/operators/security.md).
 */
class BlockValidatorFuzzTests {

    /** Any text is a body that survives its own round trip, or refused with its reasons: never anything else. */
    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10s")
    void anyTextIsABodyOrRefusedWithReasons(@NotNull String json) {
        Body body;
        try {
            body = BodyCodec.read(json);
        } catch (InvalidBodyException refused) {
            assertThat(refused.problems()).isNotEmpty();
            return;
        }
        assertThat(BodyCodec.read(BodyCodec.write(body))).isEqualTo(body);
        for (Block block : body.blocks()) {
            if (block instanceof Block.Paragraph paragraph) {
                InertHtml.check(InlineHtml.sanitize(paragraph.html()));
            }
        }
    }

    static java.util.stream.Stream<String> seeds() {
        return org.nashir.FuzzSeeds.hostile().map(s -> "{\"version\":1,\"blocks\":[{\"type\":\"paragraph\",\"html\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(s) + "},{\"type\":\"heading\",\"level\":2,"
                + "\"text\":\"عنوان\"},{\"type\":\"embed\",\"provider\":\"youtube\",\"url\":\"https://www.youtube.com/watch?v=x\"}]}");
    }
}
