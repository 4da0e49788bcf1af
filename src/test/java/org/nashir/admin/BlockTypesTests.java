package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashir.article.body.Block;
import org.nashir.article.body.BlockNames;
import org.nashir.article.body.BlockType;
import org.nashir.article.body.BlockView;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyCodec;
import org.nashir.article.body.EmbedProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of block goes the whole way: JSON and back, the editor's form and back, the reader's text, its
 * Arabic name, and a place in the templates. The Java consumers are held to every kind by the compiler
 * ({@link Block.Visitor}, the codec's switch); the templates are not Java, so this reads them.
 */
class BlockTypesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One full block of each kind; no default, so a new kind does not compile here until it has one. */
    private static Block sample(BlockType kind) {
        return switch (kind) {
            case PARAGRAPH -> new Block.Paragraph("قال المتحدث إن <b>الاجتماع</b> انتهى <a href=\"https://example.org/a\">بلا اتفاق</a>.");
            case HEADING -> new Block.Heading(3, "ما الذي تغيّر؟");
            case QUOTE -> new Block.Quote("لن نتراجع عن القرار", "سلمى الأحمد", "وزيرة المالية", "إذاعة محلية");
            case IMAGE -> new Block.Image(42, "المشاركون في الاجتماع", "رويترز");
            case LIST -> new Block.ListItems(true, List.of("البند الأول", "البند الثاني"));
            case RELATED -> new Block.Related("أخبار ذات علاقة", List.of(7L, 9L));
            case EMBED -> new Block.Embed(EmbedProvider.YOUTUBE, "https://www.youtube.com/watch?v=abc123", "مقطع المؤتمر");
        };
    }

    @Test
    void everyKindOfBlockSurvivesTheJsonAndTheEditorsFormUnchanged() {
        for (BlockType kind : BlockType.values()) {
            Block block = sample(kind);
            assertThat(block.kind()).isEqualTo(kind);
            Body body = Body.of(block);
            assertThat(BodyCodec.read(BodyCodec.write(body))).as(kind + " through JSON").isEqualTo(body);

            BlockForm form = BlockForm.of(block);
            assertThat(form.fields().keySet()).as(kind + "'s form fields").isSubsetOf(kind.fields());
            String json = "{\"version\":1,\"blocks\":[" + form.toJson(JSON) + "]}";
            assertThat(BodyCodec.read(json)).as(kind + " through the editor's form").isEqualTo(body);
        }
    }

    @Test
    void everyKindHasAnArabicNameAndANewOneStartsValidOrEmpty() {
        for (BlockType kind : BlockType.values()) {
            assertThat(BlockNames.type(kind.jsonName())).isEqualTo(kind.label()).isNotEqualTo(kind.jsonName());
            assertThat(BlockForm.empty(kind.jsonName()).fields().keySet()).isSubsetOf(kind.fields());
            kind.fields().forEach(field -> assertThat(BlockNames.field(field)).as(field).isNotEqualTo(field));
        }
        assertThat(BlockForm.TYPES).isEqualTo(BlockType.jsonNames());
    }

    @Test
    void theReadersTextHasTheWordsOfTextBlocksOnly() {
        Body body = new Body(java.util.Arrays.stream(BlockType.values()).map(BlockTypesTests::sample).toList());
        assertThat(body.plainText()).contains("الاجتماع", "ما الذي تغيّر؟", "لن نتراجع عن القرار — سلمى الأحمد", "البند الثاني")
                .doesNotContain("<b>", "youtube", "المشاركون في الاجتماع");
    }

    @Test
    void theTemplatesHaveAPlaceForEveryKind() throws IOException {
        String reader = Files.readString(Path.of("src/main/jte/site/blocks/block.jte"));
        for (Class<?> view : BlockView.class.getPermittedSubclasses()) {
            assertThat(reader).as("the reader's block template").contains("BlockView." + view.getSimpleName());
        }
        String editor = Files.readString(Path.of("src/main/jte/admin/stories/block.jte"));
        for (BlockType kind : BlockType.values()) {
            assertThat(editor).as("the editor's template").contains("\"" + kind.jsonName() + "\"");
        }
    }
}
