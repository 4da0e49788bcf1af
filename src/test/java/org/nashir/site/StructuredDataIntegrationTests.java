package org.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON-LD and social card tags read from real rendered pages: every property Google's article
 * documentation requires or recommends, and every Open Graph and Twitter tag the platforms read.
 */
class StructuredDataIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant PUBLISHED = Instant.parse("2024-08-19T08:25:00Z");
    private static final Instant EDITED = Instant.parse("2024-08-19T10:00:00Z");

    private Section world;
    private Author reporter;
    private Author second;
    private Tag tag;
    private Article story;
    private Article imageless;

    @BeforeEach
    void stories() {
        fixtures.settings(s -> { });
        world = fixtures.section("العالم");
        reporter = fixtures.author("مراسلة", "مراسلة الشؤون الدولية");
        second = fixtures.author("مراسل ثان", null);
        tag = fixtures.tag("القمة");
        MediaAsset photo = fixtures.image("الرئيسان يتصافحان", "لقاء الرئيسين في القصر", "رويترز");
        story = fixtures.article(world).headline("هل يغير لقاء الرئيسين موازين المنطقة؟").standfirst("قراءة في نتائج اللقاء")
                .by(reporter, second).tagged(tag).lead(photo).publishedAt(PUBLISHED).editedAt(EDITED).save();
        imageless = fixtures.article(world).headline("خبر بلا صورة </script><script>alert(1)</script> & «اقتباس»")
                .publishedAt(PUBLISHED).save();
    }

    @Test
    void aStoryPageDescribesItselfAsANewsArticleWithEveryPropertyGoogleLists() {
        Document page = page(Permalinks.article(story));
        JsonNode article = graphNode(page, "NewsArticle");
        String url = base() + Permalinks.article(story);

        assertThat(article.get("headline").asString()).isEqualTo("هل يغير لقاء الرئيسين موازين المنطقة؟");
        assertThat(article.get("description").asString()).isEqualTo("قراءة في نتائج اللقاء");
        assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(url);
        assertThat(article.get("url").asString()).isEqualTo(url);
        assertThat(OffsetDateTime.parse(article.get("datePublished").asString()).toInstant()).isEqualTo(PUBLISHED);
        assertThat(OffsetDateTime.parse(article.get("dateModified").asString()).toInstant()).isEqualTo(EDITED);
        assertThat(article.get("inLanguage").asString()).isEqualTo("ar");
        assertThat(article.get("articleSection").asString()).isEqualTo(world.name());
        assertThat(article.get("keywords").asString()).isEqualTo(tag.name());

        JsonNode authors = article.get("author");
        assertThat(authors).hasSize(2);
        assertThat(authors.get(0).get("@type").asString()).isEqualTo("Person");
        assertThat(authors.get(0).get("name").asString()).isEqualTo(reporter.name());
        assertThat(authors.get(0).get("url").asString()).isEqualTo(base() + Permalinks.author(reporter));
        assertThat(authors.get(1).get("url").asString()).isEqualTo(base() + Permalinks.author(second));

        JsonNode publisher = article.get("publisher");
        assertThat(publisher.get("name").asString()).isEqualTo("موقع الاختبار");
        assertThat(publisher.get("logo").get("url").asString()).startsWith(base() + "/");

        JsonNode image = article.get("image").get(0);
        assertThat(image.get("url").asString()).startsWith(base() + "/media/");
        assertThat(image.get("width").asInt()).isGreaterThanOrEqualTo(1200);
        assertThat(image.get("creditText").asString()).isEqualTo("رويترز");
        assertThat(image.get("copyrightHolder").get("name").asString()).isEqualTo("رويترز");
        assertThat(get(URI.create(image.get("url").asString()).getPath()).statusCode()).isEqualTo(200);
    }

    @Test
    void aStoryPageCarriesItsBreadcrumbs() {
        JsonNode crumbs = graphNode(page(Permalinks.article(story)), "BreadcrumbList").get("itemListElement");

        assertThat(crumbs).hasSize(3);
        assertThat(crumbs.get(0).get("item").asString()).isEqualTo(base() + "/");
        assertThat(crumbs.get(1).get("name").asString()).isEqualTo(world.name());
        assertThat(crumbs.get(1).get("item").asString()).isEqualTo(base() + Permalinks.section(world));
        assertThat(crumbs.get(2).get("position").asInt()).isEqualTo(3);
        assertThat(crumbs.get(2).get("item").asString()).isEqualTo(base() + Permalinks.article(story));
    }

    @Test
    void theHomePageDescribesTheWebsiteWithASearchAction() {
        JsonNode website = graphNode(page("/"), "WebSite");

        assertThat(website.get("url").asString()).isEqualTo(base() + "/");
        JsonNode action = website.get("potentialAction");
        assertThat(action.get("@type").asString()).isEqualTo("SearchAction");
        assertThat(action.get("target").get("urlTemplate").asString()).isEqualTo(base() + "/search?q={search_term_string}");
        assertThat(action.get("query-input").asString()).isEqualTo("required name=search_term_string");
    }

    @Test
    void aStoryPageCarriesEveryOpenGraphAndTwitterTag() {
        Document page = page(Permalinks.article(story));
        Map<String, List<String>> og = tags(page, "property");
        Map<String, List<String>> twitter = tags(page, "name");

        assertThat(og.get("og:type")).containsExactly("article");
        assertThat(og.get("og:title")).containsExactly("هل يغير لقاء الرئيسين موازين المنطقة؟");
        assertThat(og.get("og:description")).containsExactly("قراءة في نتائج اللقاء");
        assertThat(og.get("og:url")).containsExactly(base() + Permalinks.article(story));
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(base() + Permalinks.article(story));
        assertThat(og.get("og:locale")).containsExactly("ar_AR");
        assertThat(og.get("og:site_name")).containsExactly("موقع الاختبار");
        assertThat(og.get("og:image")).singleElement().satisfies(url -> assertThat(url).startsWith(base() + "/media/"));
        assertThat(Integer.parseInt(og.get("og:image:width").get(0))).isGreaterThanOrEqualTo(1200);
        assertThat(Integer.parseInt(og.get("og:image:height").get(0))).isPositive();
        assertThat(og.get("og:image:alt")).containsExactly("الرئيسان يتصافحان");
        assertThat(OffsetDateTime.parse(og.get("article:published_time").get(0)).toInstant()).isEqualTo(PUBLISHED);
        assertThat(OffsetDateTime.parse(og.get("article:modified_time").get(0)).toInstant()).isEqualTo(EDITED);
        assertThat(og.get("article:section")).containsExactly(world.name());
        assertThat(og.get("article:author")).containsExactly(base() + Permalinks.author(reporter), base() + Permalinks.author(second));
        assertThat(twitter.get("twitter:card")).containsExactly("summary_large_image");
        assertThat(twitter.get("twitter:title")).containsExactly("هل يغير لقاء الرئيسين موازين المنطقة؟");
        assertThat(twitter.get("twitter:image")).isEqualTo(og.get("og:image"));
        assertThat(twitter.get("twitter:image:alt")).containsExactly("الرئيسان يتصافحان");
    }

    @Test
    void otherPagesCarryAWebsiteCard() {
        for (String path : List.of("/", Permalinks.section(world), Permalinks.author(reporter), Permalinks.tag(tag))) {
            Map<String, List<String>> og = tags(page(path), "property");
            assertThat(og.get("og:type")).as(path).containsExactly("website");
            assertThat(og.get("og:url")).as(path).containsExactly(base() + path);
            assertThat(og.get("og:locale")).as(path).containsExactly("ar_AR");
            assertThat(og.get("og:image")).as(path).containsExactly(base() + "/share/site.png");
            assertThat(tags(page(path), "name").get("twitter:card")).as(path).containsExactly("summary_large_image");
        }
        assertThat(png("/share/site.png").getWidth()).isEqualTo(1200);
    }

    @Test
    void aStoryWithoutALeadImageGetsAGeneratedCardOfItsHeadline() throws Exception {
        Document page = page(Permalinks.article(imageless));
        Map<String, List<String>> og = tags(page, "property");
        String image = og.get("og:image").get(0);

        assertThat(image).isEqualTo(base() + Permalinks.shareImage(imageless));
        assertThat(og.get("og:image:width")).containsExactly("1200");
        assertThat(og.get("og:image:height")).containsExactly("630");
        BufferedImage card = png(URI.create(image).getPath());
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        assertThat(graphNode(page, "NewsArticle").get("image").get(0).get("url").asString()).isEqualTo(image);

        HttpResponse<String> stale = get("/share/" + imageless.id() + "-" + (imageless.version() + 7) + ".png");
        assertThat(stale.statusCode()).isEqualTo(301);
        assertThat(stale.headers().firstValue("Location")).hasValue(Permalinks.shareImage(imageless));
    }

    @Test
    void aHeadlineCannotBreakOutOfTheStructuredData() {
        Document page = page(Permalinks.article(imageless));

        assertThat(page.select("script:not([src^=/assets/])")).hasSize(1);
        assertThat(graphNode(page, "NewsArticle").get("headline").asString())
                .isEqualTo("خبر بلا صورة </script><script>alert(1)</script> & «اقتباس»");
    }

    @Test
    void aPageAlreadyHeldAnswers304() throws Exception {
        String path = Permalinks.article(story);
        String etag = get(path).headers().firstValue("ETag").orElseThrow();
        HttpResponse<Void> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    private JsonNode graphNode(Document page, String type) {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).as("JSON-LD script").isNotNull();
        JsonNode root = JSON.readTree(script.data());
        assertThat(root.get("@context").asString()).isEqualTo("https://schema.org");
        for (JsonNode node : root.get("@graph")) {
            if (node.get("@type").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + script.data());
    }

    private static Map<String, List<String>> tags(Document page, String attribute) {
        return page.select("head meta[" + attribute + "]").stream().collect(Collectors.groupingBy(
                m -> m.attr(attribute), java.util.LinkedHashMap::new, Collectors.mapping(m -> m.attr("content"), Collectors.toList())));
    }

    private BufferedImage png(String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
            return ImageIO.read(new ByteArrayInputStream(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
