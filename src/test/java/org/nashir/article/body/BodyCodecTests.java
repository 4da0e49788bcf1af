package org.nashir.article.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyCodecTests {

    @Test
    void roundTripsEveryBlockType() {
        Body body = Body.of(
                new Block.Paragraph("نص <b>غامق</b> و<a href=\"/a/12\">رابط</a>"),
                new Block.Heading(2, "عنوان فرعي"),
                new Block.Quote("نص", "المتحدث", "صفته", "الرواق"),
                new Block.Image(42, "تعليق", "رويترز"),
                new Block.ListItems(true, List.of("أول", "ثان")),
                new Block.Related("أخبار ذات علاقة", List.of(12L, 15L)),
                new Block.Embed(EmbedProvider.YOUTUBE, "https://www.youtube.com/watch?v=x", null));
        assertThat(BodyCodec.read(BodyCodec.write(body))).isEqualTo(body);
    }

    @Test
    void givesTheRelatedBoxItsDefaultTitle() {
        Body body = BodyCodec.read("{\"version\":1,\"blocks\":[{\"type\":\"related\",\"articles\":[3]}]}");
        assertThat(body.blocks()).containsExactly(new Block.Related("أخبار ذات علاقة", List.of(3L)));
    }

    @Test
    void refusesAnUnknownBlockTypeNamingTheBlock() {
        assertThatThrownBy(() -> BodyCodec.read("{\"version\":1,\"blocks\":[{\"type\":\"paragraph\",\"html\":\"نص\"},{\"type\":\"video\"}]}"))
                .isInstanceOfSatisfying(InvalidBodyException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.index()).isEqualTo(2);
                        assertThat(p.field()).isEqualTo("type");
                    });
                    assertThat(e.getMessage()).startsWith("الكتلة 2");
                });
    }

    @Test
    void namesEveryMissingOrWrongField() {
        String json = """
                {"version":1,"blocks":[
                  {"type":"quote","speaker":"أحد"},
                  {"type":"heading","level":4,"text":"عنوان"},
                  {"type":"image","media":"x"},
                  {"type":"list","items":[]},
                  {"type":"paragraph","html":"نص","color":"red"}
                ]}""";
        assertThatThrownBy(() -> BodyCodec.read(json)).isInstanceOfSatisfying(InvalidBodyException.class, e ->
                assertThat(e.problems()).extracting(p -> p.index() + ":" + p.type() + ":" + p.field())
                        .containsExactly("1:quote:text", "2:heading:level", "3:image:media", "4:list:items", "5:paragraph:color"));
    }

    @Test
    void refusesNumbersTooLargeForTheirFieldsWithReasons() {
        String huge = "1" + "0".repeat(40);
        String json = """
                {"version":%s,"blocks":[
                  {"type":"heading","level":%s,"text":"عنوان"},
                  {"type":"image","media":%s},
                  {"type":"related","articles":[%s]}
                ]}""".formatted(huge, huge, huge, huge);
        assertThatThrownBy(() -> BodyCodec.read(json)).isInstanceOfSatisfying(InvalidBodyException.class, e ->
                assertThat(e.problems()).extracting(p -> p.index() + ":" + p.field())
                        .containsExactly("0:version", "1:level", "2:media", "3:articles"));
    }

    @Test
    void refusesMarkupOutsideBoldItalicAndLinks() {
        for (String html : List.of("<script>alert(1)</script>نص", "<img src=x onerror=alert(1)>", "<b onclick=\"x()\">نص</b>",
                "<a href=\"javascript:alert(1)\">نص</a>", "<a href=\"data:text/html,x\">نص</a>", "<a href=\"//evil.example\">نص</a>",
                "<a href=\"/\\evil.example/x\">نص</a>", "<a href=\"/a/1\\..\\x\">نص</a>", "<div>نص</div>",
                "<svg><script>x</script></svg>", "   ")) {
            Body body = Body.of(new Block.Paragraph(html));
            assertThatThrownBy(() -> BodyCodec.read(BodyCodec.write(body))).as(html)
                    .isInstanceOfSatisfying(InvalidBodyException.class,
                            e -> assertThat(e.problems().get(0).field()).isEqualTo("html"));
        }
    }

    @Test
    void acceptsOnlyHttpsLinksOfTheAllowedEmbedProviders() {
        for (String url : List.of("http://www.youtube.com/watch?v=x", "https://evil.example/watch", "https://youtube.com.evil.example/x",
                "https://user@www.youtube.com/x", "javascript:alert(1)")) {
            Body body = Body.of(new Block.Embed(EmbedProvider.YOUTUBE, url, null));
            assertThatThrownBy(() -> BodyCodec.read(BodyCodec.write(body))).as(url).isInstanceOf(InvalidBodyException.class);
        }
        assertThatThrownBy(() -> BodyCodec.read("{\"version\":1,\"blocks\":[{\"type\":\"embed\",\"provider\":\"tiktok\",\"url\":\"https://tiktok.com/x\"}]}"))
                .isInstanceOfSatisfying(InvalidBodyException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("provider"));
    }

    @Test
    void refusesMalformedJsonAndWrongShapes() {
        for (String json : List.of("not json", "[]", "{\"version\":2,\"blocks\":[]}", "{\"version\":1}",
                "{\"version\":1,\"blocks\":[\"text\"]}", "{\"version\":1,\"blocks\":[{\"type\":\"related\",\"articles\":[-1]}]}")) {
            assertThatThrownBy(() -> BodyCodec.read(json)).as(json).isInstanceOf(InvalidBodyException.class);
        }
    }

    @Test
    void boundsTheNumberOfBlocksAndTheLettersOfAStory() {
        String paragraph = "{\"type\":\"paragraph\",\"html\":\"فقرة\"}";
        String tooMany = "{\"version\":1,\"blocks\":[" + String.join(",", java.util.Collections.nCopies(BodyCodec.MAX_BLOCKS + 1, paragraph)) + "]}";
        assertThatThrownBy(() -> BodyCodec.read(tooMany)).hasMessageContaining("عدد الكتل");
        String longParagraph = "{\"type\":\"paragraph\",\"html\":\"" + "ب".repeat(BodyCodec.MAX_TEXT) + "\"}";
        int fit = BodyCodec.MAX_STORY_TEXT / BodyCodec.MAX_TEXT;
        String atTheLimit = "{\"version\":1,\"blocks\":[" + String.join(",", java.util.Collections.nCopies(fit, longParagraph)) + "]}";
        assertThat(BodyCodec.read(atTheLimit).blocks()).hasSize(fit);
        String overTheLimit = "{\"version\":1,\"blocks\":[" + String.join(",", java.util.Collections.nCopies(fit + 1, longParagraph)) + "]}";
        assertThatThrownBy(() -> BodyCodec.read(overTheLimit)).hasMessageContaining("نص الخبر أطول");
    }

    @Test
    void sanitisesInlineHtmlAgainOnRender() {
        assertThat(InlineHtml.sanitize("نص <b onclick=\"x()\">غامق</b><script>alert(1)</script>"))
                .isEqualTo("نص <b>غامق</b>");
    }
}
