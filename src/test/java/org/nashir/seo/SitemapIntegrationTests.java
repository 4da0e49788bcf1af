package org.nashir.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import org.springframework.test.context.TestPropertySource;

/**
 * Every sitemap validated against the sitemap, image-sitemap and news-sitemap schemas, and checked for
 * the rules a schema cannot state. Files hold two URLs here, so that splitting a month is exercised;
 * this class has a database of its own, which makes exact counts possible.
 */
@TestPropertySource(properties = "nashir.sitemap.part-size=2")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitemapIntegrationTests extends IntegrationTest {

    private static final int MAX_URLS = 50_000;
    private static final int MAX_BYTES = 50 * 1024 * 1024;

    private final Schema schema = schema();
    private Section world;
    private Author reporter;
    private Tag tag;
    private Author idleAuthor;
    private final List<Article> march1999 = new ArrayList<>();
    private Article fresh;
    private Article twoDaysOld;
    private Article justInWindow;

    @BeforeAll
    void archive() {
        fixtures.settings(s -> { });
        world = fixtures.section("العالم");
        fixtures.section("قسم بلا أخبار");
        reporter = fixtures.author("مراسل", "مراسل");
        idleAuthor = fixtures.author("كاتب بلا أخبار", null);
        tag = fixtures.tag("الانتخابات");
        Instant march = Instant.parse("1999-03-10T12:00:00Z");
        for (int i = 0; i < 5; i++) {
            march1999.add(fixtures.article(world).headline("خبر من أرشيف آذار/مارس 1999 رقم " + i).by(reporter)
                    .publishedAt(march.plus(i, ChronoUnit.DAYS)).save());
        }
        // the last second of March in UTC belongs to March, whatever the site's time zone
        march1999.add(fixtures.article(world).headline("آخر خبر في آذار").publishedAt(Instant.parse("1999-03-31T23:59:59Z")).save());
        MediaAsset photo = fixtures.image("صناديق الاقتراع", "صناديق الاقتراع في مركز انتخابي", "رويترز");
        Instant now = Instant.now();
        fresh = fixtures.article(world).headline("نتائج أولية للانتخابات & ردود الفعل").by(reporter).tagged(tag).lead(photo)
                .publishedAt(now.minus(1, ChronoUnit.HOURS)).save();
        justInWindow = fixtures.article(world).headline("خبر عمره سبع وأربعون ساعة").publishedAt(now.minus(47, ChronoUnit.HOURS)).save();
        twoDaysOld = fixtures.article(world).headline("خبر عمره تسع وأربعون ساعة").publishedAt(now.minus(49, ChronoUnit.HOURS)).save();
        fixtures.article(world).headline("مسودة حديثة").draft().save();
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfTheNewsroomAndPointsToTheSitemapIndex() {
        HttpResponse<String> robots = get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *", "Disallow: /admin/", "Disallow: /preview/")
                .contains("Sitemap: " + base() + "/sitemap.xml");
    }

    @Test
    void everySitemapTheIndexListsIsValidAndWithinTheProtocolsLimits() throws Exception {
        Document index = valid("/sitemap.xml");
        assertThat(index.root().child(0).tagName()).isEqualTo("sitemapindex");
        List<String> files = index.select("sitemap > loc").eachText();
        assertThat(files).isNotEmpty().allSatisfy(SitemapIntegrationTests::assertAbsoluteAndEncoded);

        for (String file : files) {
            Document sitemap = valid(URI.create(file).getPath());
            List<String> locs = sitemap.select("url > loc").eachText();
            assertThat(locs).hasSizeLessThanOrEqualTo(MAX_URLS).allSatisfy(SitemapIntegrationTests::assertAbsoluteAndEncoded);
            for (Element lastmod : sitemap.select("url > lastmod")) {
                OffsetDateTime.parse(lastmod.text());
            }
        }
    }

    @Test
    void aMonthWithMoreStoriesThanAFileHoldsContinuesInFurtherParts() throws Exception {
        List<String> files = valid("/sitemap.xml").select("sitemap > loc").eachText();
        assertThat(files).contains(base() + "/sitemaps/articles-1999-03.xml", base() + "/sitemaps/articles-1999-03-2.xml",
                base() + "/sitemaps/articles-1999-03-3.xml").doesNotContain(base() + "/sitemaps/articles-1999-03-4.xml");

        List<String> listed = new ArrayList<>();
        for (String part : List.of("/sitemaps/articles-1999-03.xml", "/sitemaps/articles-1999-03-2.xml", "/sitemaps/articles-1999-03-3.xml")) {
            List<String> locs = valid(part).select("url > loc").eachText();
            assertThat(locs).hasSize(2);
            listed.addAll(locs);
        }
        assertThat(listed).containsExactlyElementsOf(march1999.stream().map(a -> base() + Permalinks.article(a)).toList());
        assertThat(get("/sitemaps/articles-1999-03-4.xml").statusCode()).isEqualTo(404);
        assertThat(get("/sitemaps/articles-1999-13.xml").statusCode()).isEqualTo(404);
        assertThat(get("/sitemaps/articles-1998-03.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void storiesWithALeadImageCarryAnImageEntryThatLoads() throws Exception {
        String month = fresh.publishedAt().toString().substring(0, 7);
        Element url = null;
        for (int part = 1; url == null; part++) {
            Document sitemap = valid("/sitemaps/articles-" + month + (part == 1 ? "" : "-" + part) + ".xml");
            url = sitemap.select("url").stream()
                    .filter(u -> u.selectFirst("loc").text().equals(base() + Permalinks.article(fresh))).findFirst().orElse(null);
        }
        String image = url.selectFirst("image|image > image|loc").text();
        assertAbsoluteAndEncoded(image);
        HttpResponse<String> response = get(URI.create(image).getPath());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void theNewsSitemapHoldsTheLast48HoursWithPublicationNameLanguageDateAndTitle() throws Exception {
        Document news = valid("/sitemaps/news.xml");
        List<String> locs = news.select("url > loc").eachText();

        assertThat(locs).containsExactly(base() + Permalinks.article(fresh), base() + Permalinks.article(justInWindow));
        assertThat(locs).doesNotContain(base() + Permalinks.article(twoDaysOld));
        Element entry = news.selectFirst("url");
        assertThat(entry.selectFirst("news|publication > news|name").text()).isEqualTo("موقع الاختبار");
        assertThat(entry.selectFirst("news|publication > news|language").text()).isEqualTo("ar");
        assertThat(OffsetDateTime.parse(entry.selectFirst("news|publication_date").text()).toInstant())
                .isEqualTo(fresh.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(entry.selectFirst("news|title").text()).isEqualTo("نتائج أولية للانتخابات & ردود الفعل");
        for (Element date : news.select("news|publication_date")) {
            assertThat(OffsetDateTime.parse(date.text()).toInstant()).isAfter(Instant.now().minus(48, ChronoUnit.HOURS));
        }
    }

    @Test
    void theTaxonomySitemapListsSectionsAndTheAuthorsAndTagsThatHaveStories() throws Exception {
        List<String> locs = new ArrayList<>();
        for (int part = 1; ; part++) {
            String path = "/sitemaps/sections-authors-tags" + (part == 1 ? "" : "-" + part) + ".xml";
            if (get(path).statusCode() == 404) {
                break;
            }
            locs.addAll(valid(path).select("url > loc").eachText());
        }
        assertThat(locs).contains(base() + Permalinks.section(world), base() + Permalinks.author(reporter),
                base() + Permalinks.tag(tag));
        assertThat(locs).doesNotContain(base() + Permalinks.author(idleAuthor));
    }

    @Test
    void aSitemapAlreadyHeldAnswers304() throws Exception {
        String etag = get("/sitemap.xml").headers().firstValue("ETag").orElseThrow();
        var request = java.net.http.HttpRequest.newBuilder(URI.create(base() + "/sitemap.xml")).header("If-None-Match", etag).build();
        assertThat(java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(304);
    }

    private Document valid(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_BYTES);
        schema.newValidator().validate(new StreamSource(new StringReader(response.body())));
        return Jsoup.parse(response.body(), Parser.xmlParser());
    }

    private static void assertAbsoluteAndEncoded(String url) {
        assertThat(url).as("absolute http(s) URL").matches("https?://.+");
        assertThat(url).as("percent-encoded, ASCII only").matches("[\\x21-\\x7E]+");
        assertThat(URI.create(url).isAbsolute()).isTrue();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Source[] sources = {source("sitemap-image.xsd"), source("sitemap-news.xsd"), source("sitemap.xsd")};
            return factory.newSchema(sources);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Source source(String name) {
        return new StreamSource(SitemapIntegrationTests.class.getResource("/schemas/" + name).toString());
    }
}
