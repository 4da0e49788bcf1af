package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.body.Block;
import org.nashir.section.Section;

/** /search as a reader uses it: Arabic spellings that differ still meet, filters narrow, odd input is harmless. */
class SearchPageIntegrationTests extends IntegrationTest {

    @Test
    void findsAStoryWhateverHamzaSeatTheReaderTypesAndMarksTheWordsAsWritten() {
        String marker = "رمز" + fixtures.unique();
        Section section = fixtures.section("محليات " + fixtures.unique());
        fixtures.article(section).headline("المسؤولون في الهيئة يبحثون خطة " + marker)
                .body(new Block.Paragraph("قال مسؤول في هيئة الطرق إن الخطة تبدأ الشهر المقبل " + marker)).save();

        Document page = page("/search?q=" + encode("مسئول " + marker));

        assertThat(page.select(".result")).hasSize(1);
        assertThat(page.select(".result__title mark").eachText()).contains("المسؤولون");
        assertThat(page.select(".result__snippet mark").eachText()).contains("مسؤول");
        assertThat(page.select(".search-summary").text()).contains("1");
    }

    @Test
    void narrowsBySectionAndDateAndSortsNewestFirst() {
        String marker = "وسم" + fixtures.unique();
        Section economy = fixtures.section("اقتصاد " + fixtures.unique());
        Section sport = fixtures.section("رياضة " + fixtures.unique());
        fixtures.article(economy).headline("أسعار القمح ترتفع " + marker).publishedAt(Instant.parse("2024-03-01T10:00:00Z")).save();
        fixtures.article(economy).headline("أسعار القمح تستقر " + marker).publishedAt(Instant.parse("2024-05-01T10:00:00Z")).save();
        fixtures.article(sport).headline("القمح في ملعب المدينة " + marker).publishedAt(Instant.parse("2024-04-01T10:00:00Z")).save();

        assertThat(page("/search?q=" + encode("القمح " + marker) + "&section=" + economy.slug()).select(".result"))
                .hasSize(2);
        assertThat(page("/search?q=" + encode("القمح " + marker) + "&from=2024-03-15&to=2024-04-30").select(".result__title").text())
                .contains("ملعب");
        assertThat(page("/search?q=" + encode("قمح " + marker) + "&sort=newest").select(".result__title").first().text())
                .contains("تستقر");
    }

    @Test
    void anEmptyQueryShowsTheFormAndNoError() {
        Document page = page("/search?q=");
        assertThat(page.select("form.search-form")).hasSize(1);
        assertThat(page.select(".result")).isEmpty();
    }

    @Test
    void pagesOfResultsByRelevanceArePreviousAndNextAndByTimeNewerAndOlder() {
        String marker = "صفحة" + fixtures.unique();
        Section section = fixtures.section("منوعات " + fixtures.unique());
        for (int i = 0; i < 12; i++) {
            fixtures.article(section).headline("خبر مرقم " + marker + " " + i).save();
        }
        Document relevance = page("/search?q=" + encode(marker));
        assertThat(relevance.select(".pagination a[rel=next]").text()).isEqualTo("التالي");
        assertThat(page("/search?q=" + encode(marker) + "&page=2").select(".pagination a[rel=prev]").text()).isEqualTo("السابق");
        assertThat(page("/search?q=" + encode(marker) + "&sort=newest").select(".pagination a[rel=next]").text()).isEqualTo("الأقدم");
        assertThat(relevance.selectFirst(".search-summary").text()).isEqualTo("عدد النتائج: 12");
        assertThat(relevance.select("[role=search]").eachAttr("aria-label")).containsExactly("البحث في الموقع", "بحث مفصّل");
    }

    @Test
    void aSearchPageIsCompressedAndMayBeKeptAMinute() {
        java.net.http.HttpResponse<byte[]> response = org.nashir.TestHttp.client().sendAsync(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/search?q=" + encode("خبر"))).header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).join();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).startsWith("W/"));
    }

    @Test
    void helpsWhenNothingIsFound() {
        Document page = page("/search?q=" + encode("كلمةلاوجودلها" + fixtures.unique()));
        assertThat(page.select(".no-results h2").text()).isEqualTo("لم نعثر على ما تبحث عنه");
    }

    @Test
    void treatsSyntaxCharactersControlCharactersAndVeryLongQueriesAsPlainText() {
        for (String hostile : new String[] {"*?~:^[]{}", "\"غير مغلق", "عنوان) OR (1=1", "a\u0001b\u0000c",
                "كلمة ".repeat(400), "\\", "«", "AND OR NOT", "/regex/", "title:x^3~2"}) {
            HttpResponse<String> response = get("/search?q=" + encode(hostile));
            assertThat(response.statusCode()).as(hostile).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).select("form.search-form")).as(hostile).hasSize(1);
        }
    }

    @Test
    void explainsAMalformedDateInArabicWithStatus400() {
        HttpResponse<String> response = get("/search?q=" + encode("خبر") + "&from=yesterday");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("[role=alert]").text()).contains("التاريخ غير مفهوم");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
