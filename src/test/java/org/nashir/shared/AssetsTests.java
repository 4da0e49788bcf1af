package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetsTests {

    @Test
    void theInlinedStyleSheetLosesCommentsAndSpacesButNotWhatItsStringsSay() {
        String css = """
                /* a comment that says why */
                .byline__title::before { content: "- "; }
                :root {
                  --ui-font: "Noto Sans Arabic", "Segoe UI", sans-serif;
                }
                .with-aside:has(> :nth-child(2)) , .a  .b { margin: 0 auto; }
                """;

        assertThat(Assets.minified(css)).isEqualTo(".byline__title::before{content: \"- \";}:root{--ui-font: \"Noto Sans Arabic\","
                + "\"Segoe UI\",sans-serif;}.with-aside:has(>:nth-child(2)),.a .b{margin: 0 auto;}");
    }

    @Test
    void theReadersStyleSheetIsInlinedSmallerThanItIsWritten() {
        String inlined = render(Assets.inlineCss(Assets.READER_CSS));
        assertThat(inlined).doesNotContain("/*").contains("@font-face{").contains("url(\"/assets/fonts/");
        assertThat(inlined.length()).isLessThan(readLength());
    }

    private static String render(gg.jte.Content content) {
        gg.jte.output.StringOutput output = new gg.jte.output.StringOutput();
        content.writeTo(output);
        return output.toString();
    }

    private static int readLength() {
        try (var in = Assets.class.getResourceAsStream("/static" + Assets.READER_CSS)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).length();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
