package org.nashir.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.SqlStatements;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.body.Block;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import org.springframework.test.context.TestPropertySource;

/**
 * A page rendered without the page cache costs a small, fixed number of SQL statements, however many
 * stories, bylines, tags and images it shows: no statement per story (N+1). Its own database, so that
 * the home page, which asks two small indexed questions per section, sees only this test's sections.
 */
@TestPropertySource(properties = "spring.application.name=nashir-cold-path-tests")
class ColdPathIntegrationTests extends IntegrationTest {

    private static final int MOST_STATEMENTS_PER_PAGE = 12;

    @Test
    void everyReaderPageCostsAFixedSmallNumberOfStatements() {
        Section section = fixtures.section("قسم المسار البارد");
        Section other = fixtures.section("قسم ثان للمسار البارد");
        Author first = fixtures.author("كاتب أول", "مراسل");
        Author second = fixtures.author("كاتب ثان", null);
        Tag tag = fixtures.tag("وسم المسار البارد");
        Tag another = fixtures.tag("وسم آخر");
        MediaAsset image = fixtures.image("صورة", "تعليق الصورة", "المصدر: وكالة");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Article> stories = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<Long> related = stories.stream().limit(2).map(Article::id).toList();
            stories.add(fixtures.article(i % 3 == 0 ? other : section).headline("خبر المسار البارد رقم " + i)
                    .standfirst("ملخص الخبر " + i).by(first, second).tagged(tag, another).lead(image)
                    .publishedAt(now.minus(i, ChronoUnit.HOURS))
                    .body(new Block.Paragraph("فقرة أولى عن الموضوع " + i), new Block.Heading(2, "عنوان فرعي"),
                            new Block.Quote("قول منسوب", "متحدث", "وزير", null), new Block.Image(image.id(), null, null),
                            related.isEmpty() ? new Block.Paragraph("بلا صندوق") : new Block.Related("أخبار ذات علاقة", related))
                    .save());
        }
        Article story = stories.get(5);
        String month = now.atOffset(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
        List<String> pages = List.of("/", Permalinks.section(section), Permalinks.sectionPage(section, 2),
                location(story), Permalinks.author(first), Permalinks.tag(tag), "/feed", Permalinks.sectionFeed(section, true),
                Permalinks.authorFeed(first, false), "/sitemap.xml", "/sitemaps/articles-" + month + ".xml", "/sitemaps/news.xml",
                "/search?q=" + URLEncoder.encode("المسار البارد", StandardCharsets.UTF_8), "/api/v1/articles?limit=20");

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String page : pages) {
            // a parameter the page ignores keeps it out of the page cache, so each request renders it
            String uncached = page.startsWith("/api/") ? page : page + (page.contains("?") ? "&" : "?") + "fresh=1";
            get(uncached);
            SqlStatements.reset();
            assertThat(get(uncached).statusCode()).as(page).isEqualTo(200);
            counts.put(page, SqlStatements.seen().size());
        }
        System.out.println("SQL statements per page: " + counts);
        assertThat(counts).allSatisfy((page, count) -> assertThat(count).as(page).isBetween(1, MOST_STATEMENTS_PER_PAGE));
    }

    private String location(Article story) {
        return get("/a/" + story.id()).headers().firstValue("Location").orElseThrow();
    }
}
