package org.nashir.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashir.article.body.Block;
import org.nashir.article.body.EmbedProvider;

/** WordPress content to blocks, and credits split off captions, without a database. */
class WordPressBodyTests {

    private final List<String> notes = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    private List<Block> convert(String content) {
        return WordPressBody.convert(content, (src, attachment) -> {
            asked.add(src + "#" + attachment);
            return src.contains("missing") ? null : 42L;
        }, notes::add).blocks();
    }

    @Test
    void splitsTheCreditsNewsroomsWriteAtTheEndOfACaption() {
        assertThat(Credits.split("الرافعات على الرصيف. المصدر: رويترز")).isEqualTo(new Credits.Split("الرافعات على الرصيف.", "رويترز"));
        assertThat(Credits.split("بسطات الخضار (تصوير: كريم الزين)")).isEqualTo(new Credits.Split("بسطات الخضار", "كريم الزين"));
        assertThat(Credits.split("قطار في الصحراء — الصورة: وكالة الأنباء")).isEqualTo(new Credits.Split("قطار في الصحراء", "وكالة الأنباء"));
        assertThat(Credits.split("Harbour cranes. Photo: AP")).isEqualTo(new Credits.Split("Harbour cranes.", "AP"));
        assertThat(Credits.split("المصدر: أرشيف الصحيفة")).isEqualTo(new Credits.Split(null, "أرشيف الصحيفة"));
        assertThat(Credits.split("صورة بلا مصدر مذكور")).isEqualTo(new Credits.Split("صورة بلا مصدر مذكور", null));
        assertThat(Credits.split("  ")).isEqualTo(new Credits.Split(null, null));
    }

    @Test
    void givesClassicContentTheParagraphsWordPressWouldAndTurnsShortcodesIntoBlocks() {
        List<Block> blocks = convert("""
                السطر الأول
                والسطر الثاني من الفقرة نفسها.

                [caption id="attachment_7" align="alignnone" width="300"]<img src="https://old.example/wp-content/uploads/2024/08/a-300x169.jpg" alt="بديل" /> سوق الخضار. المصدر: رويترز[/caption]

                <h2>عنوان</h2>
                نص بعد العنوان.

                https://youtu.be/abc123

                [embed]https://vimeo.com/1234[/embed]
                """);

        assertThat(blocks).extracting(Block::type).containsExactly("paragraph", "image", "heading", "paragraph", "embed", "paragraph");
        assertThat(((Block.Paragraph) blocks.get(0)).html()).isEqualTo("السطر الأول<br />والسطر الثاني من الفقرة نفسها.");
        assertThat(blocks.get(1)).isEqualTo(new Block.Image(42, "سوق الخضار.", "رويترز"));
        assertThat(asked).containsExactly("https://old.example/wp-content/uploads/2024/08/a-300x169.jpg#7");
        assertThat(blocks.get(4)).isEqualTo(new Block.Embed(EmbedProvider.YOUTUBE, "https://youtu.be/abc123", null));
        assertThat(((Block.Paragraph) blocks.get(5)).html()).contains("<a href=\"https://vimeo.com/1234\">");
        assertThat(notes).contains("تضمين من مزوّد غير معروف ← رابط في فقرة");
    }

    @Test
    void keepsTheTextOfWhatHasNoBlockAndNamesItInTheReport() {
        List<Block> blocks = convert("""
                <!-- wp:table --><figure class="wp-block-table"><table><tr><td>أ</td><td>1</td></tr></table></figure><!-- /wp:table -->
                <!-- wp:html --><div class="box" onclick="steal()">نص <script>alert(1)</script>مهم</div><!-- /wp:html -->
                <!-- wp:image --><figure class="wp-block-image"><img src="https://old.example/missing.jpg" alt=""/></figure><!-- /wp:image -->
                <!-- wp:paragraph --><p><a href="javascript:alert(1)">رابط</a> و<span style="color:red">لون</span></p><!-- /wp:paragraph -->
                """);

        assertThat(blocks).extracting(Block::type).containsExactly("paragraph", "paragraph", "paragraph");
        assertThat(((Block.Paragraph) blocks.get(0)).html()).isEqualTo("أ | 1");
        assertThat(((Block.Paragraph) blocks.get(1)).html()).isEqualTo("نص مهم").doesNotContain("steal", "alert");
        assertThat(((Block.Paragraph) blocks.get(2)).html()).doesNotContain("javascript", "style").contains("لون");
        assertThat(notes).contains("جدول ← فقرة", "<div class=\"box\"> ← فقرة", "صورة تعذر جلبها ← حُذفت");
    }
}
