package org.nashir.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashir.article.body.BodyCodec;

/**
 * Coverage-guided fuzzing (Jazzer) of a WordPress export: the hardened reader either streams its
 * elements or refuses the file with a reason, and every post body becomes blocks that validate.
 */
class WxrFuzzTests {

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10s")
    void anyFileIsReadOrRefusedAndEveryBodyBecomesValidBlocks(@NotNull String file) {
        try {
            WxrReader.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), element -> {
                String content = element.child("content:encoded");
                if (content != null) {
                    var body = WordPressBody.convert(content, (src, attachment) -> null, note -> { });
                    var kept = BodyCodec.read(BodyCodec.write(body));
                    assertThat(BodyCodec.read(BodyCodec.write(kept))).isEqualTo(kept);
                }
            });
        } catch (WxrReader.BadFileException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    static java.util.stream.Stream<String> seeds() {
        return org.nashir.FuzzSeeds.hostile().map(s -> """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><item><title>عنوان</title><content:encoded><![CDATA[<!-- wp:paragraph --><p>%s</p><!-- /wp:paragraph -->
                [caption id="attachment_5"]<img src="https://old.example/a.jpg"> %s[/caption]<table><tr><td>%s</td></tr></table>]]></content:encoded>
                <wp:post_type>post</wp:post_type></item></channel></rss>
                """.formatted(s.replace("]]>", ""), s.replace("]]>", ""), s.replace("]]>", "")));
    }
}
