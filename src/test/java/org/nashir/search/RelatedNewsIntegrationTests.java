package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.body.Block;
import org.nashir.section.Section;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** «أخبار ذات علاقة» filled from similar stories when the editor picked none, on the page and in the API. */
class RelatedNewsIntegrationTests extends IntegrationTest {

    @Test
    void fillsAnEmptyRelatedBoxWithSimilarStoriesAndListsMoreAtTheEnd() {
        String m = "تحلية" + fixtures.unique();
        Section coast = fixtures.section("الساحل " + fixtures.unique());
        Section economy = fixtures.section("اقتصاد " + fixtures.unique());
        Article similar = fixtures.article(economy).headline("محطة ثانية لتحلية مياه البحر " + m)
                .body(new Block.Paragraph("تموّل الحكومة محطة تحلية ثانية لمياه البحر في الساحل " + m)).save();
        Article alsoSimilar = fixtures.article(coast).headline("أسعار مياه الشرب بعد التحلية " + m)
                .body(new Block.Paragraph("المحطة الجديدة لتحلية مياه البحر تخفض أسعار مياه الشرب " + m)).save();
        fixtures.article(coast).headline("مباراة ودية في ملعب الساحل").body(new Block.Paragraph("فاز الفريق المحلي")).save();
        Article story = fixtures.article(coast).headline("بدء تشغيل محطة تحلية مياه البحر " + m)
                .body(new Block.Paragraph("بدأت محطة تحلية مياه البحر العمل في الساحل " + m),
                        new Block.Related(Block.Related.DEFAULT_TITLE, List.of()),
                        new Block.Paragraph("وتنتج المحطة مياه الشرب لآلاف البيوت"))
                .save();

        Document page = page(Permalinks.article(story));

        List<String> boxed = page.select(".related a").eachAttr("href");
        List<String> readAlso = page.select(".read-also a").eachAttr("href");
        assertThat(boxed).contains(Permalinks.article(similar)).doesNotContain(Permalinks.article(story));
        assertThat(boxed.size() + readAlso.size()).isGreaterThanOrEqualTo(2);
        assertThat(readAlso).doesNotContainAnyElementsOf(boxed).doesNotContain(Permalinks.article(story));
        assertThat(boxed).contains(Permalinks.article(alsoSimilar));
    }

    @Test
    void servesRelatedStoriesInTheApi() {
        String m = "جسور" + fixtures.unique();
        Section section = fixtures.section("نقل " + fixtures.unique());
        Article first = fixtures.article(section).headline("صيانة جسور المدينة القديمة " + m)
                .body(new Block.Paragraph("تبدأ صيانة الجسور القديمة في المدينة " + m)).save();
        Article second = fixtures.article(section).headline("إغلاق جسر المدينة القديم للصيانة " + m)
                .body(new Block.Paragraph("يغلق الجسر القديم للصيانة أسبوعين " + m)).save();

        JsonNode body = JsonMapper.builder().build().readTree(get("/api/v1/articles/" + first.id() + "/related").body());
        assertThat(JsonMapper.builder().build().readTree(get("/api/v1/stories/" + first.id() + "/related").body()))
                .as("the first address, kept as an alias").isEqualTo(body);

        assertThat(body.get("results").get(0).get("id").asLong()).isEqualTo(second.id());
        assertThat(get("/api/v1/articles/999999999/related").statusCode()).isEqualTo(404);
    }
}
