package org.nashir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.body.Block;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content API over real HTTP, its answers compared with stored snapshots. The class has a
 * database of its own (the property below only tells its context apart), so whole lists are exact.
 */
@TestPropertySource(properties = "spring.application.name=nashir-content-api-tests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentApiIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant AUGUST = Instant.parse("2024-08-19T08:25:00Z");

    private Section world;
    private Section economy;
    private Author reporter;
    private Tag summit;
    private Article lead;
    private Article earlier;
    private Article draft;
    private final List<Article> economyStories = new ArrayList<>();

    @BeforeAll
    void archive() {
        fixtures.settings(s -> s.changeDistribution(null, true, null));
        world = fixtures.section("العالم");
        economy = fixtures.section("الاقتصاد");
        reporter = fixtures.author("مراسلة", "مراسلة الشؤون الدولية");
        summit = fixtures.tag("القمة");
        MediaAsset photo = fixtures.image("الرئيسان يتصافحان", "لقاء الرئيسين في القصر", "رويترز");
        earlier = fixtures.article(world).headline("لقاء سابق بين الرئيسين").by(reporter).publishedAt(AUGUST.minusSeconds(86_400)).save();
        lead = fixtures.article(world).headline("هل يغير لقاء الرئيسين موازين المنطقة؟").standfirst("قراءة في نتائج اللقاء")
                .by(reporter).tagged(summit).lead(photo).publishedAt(AUGUST)
                .body(new Block.Paragraph("قال <b>المتحدث</b> إن اللقاء كان مثمراً."),
                        new Block.Heading(2, "ما الذي تغير؟"),
                        new Block.Quote("لن نعود إلى الوراء", "وزير الخارجية", null, null),
                        new Block.Related("أخبار ذات علاقة", List.of(earlier.id())))
                .save();
        for (int i = 1; i <= 5; i++) {
            economyStories.add(0, fixtures.article(economy).headline("خبر اقتصادي رقم " + i)
                    .publishedAt(AUGUST.plusSeconds(3600L * i)).save());
        }
        draft = fixtures.article(world).headline("مسودة لا تظهر").draft().save();
    }

    @AfterEach
    void publicAgain() {
        fixtures.settings(s -> s.changeDistribution(null, true, null));
    }

    @Test
    void aStoryComesWithItsBodyAsBlocksAndAsHtml() {
        HttpResponse<String> response = get("/api/v1/articles/" + lead.id());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        ApiSnapshots.assertMatches("content-article", response.body());
    }

    @Test
    void listsFilterBySectionTagAndAuthor() {
        ApiSnapshots.assertMatches("content-articles-by-tag", get("/api/v1/articles?tag=" + encode(summit.slug())).body());
        assertThat(headlines(get("/api/v1/articles?author=" + encode(reporter.slug())).body()))
                .containsExactly("هل يغير لقاء الرئيسين موازين المنطقة؟", "لقاء سابق بين الرئيسين");
        assertThat(headlines(get("/api/v1/articles?section=" + encode(world.slug()) + "&limit=100").body()))
                .containsExactly("هل يغير لقاء الرئيسين موازين المنطقة؟", "لقاء سابق بين الرئيسين")
                .doesNotContain("مسودة لا تظهر");
    }

    @Test
    void aCursorWalksThroughEveryStoryOnceNewestFirst() {
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/articles?section=" + encode(economy.slug()) + "&limit=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> response = get(next);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.get("articles").forEach(a -> seen.add(a.get("headline").asString()));
            JsonNode link = page.get("meta").get("next");
            next = link.isNull() ? null : URI.create(link.asString()).getRawPath() + "?" + URI.create(link.asString()).getRawQuery();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(economyStories.stream().map(Article::headline).toList());
        ApiSnapshots.assertMatches("content-articles-first-page", get("/api/v1/articles?section=" + encode(economy.slug()) + "&limit=2").body());
    }

    @Test
    void updatedSinceLeavesOutStoriesNotChangedSince() {
        String since = encode(AUGUST.plusSeconds(3600 * 4).toString());
        assertThat(headlines(get("/api/v1/articles?section=" + encode(economy.slug()) + "&updated_since=" + since).body()))
                .containsExactly("خبر اقتصادي رقم 5", "خبر اقتصادي رقم 4");
    }

    @Test
    void sectionsAuthorsAndTagsAreListed() {
        ApiSnapshots.assertMatches("content-sections", get("/api/v1/sections").body());
        ApiSnapshots.assertMatches("content-authors", get("/api/v1/authors").body());
        ApiSnapshots.assertMatches("content-tags", get("/api/v1/tags").body());
    }

    @Test
    void badRequestsAnswerWithProblemDetails() {
        HttpResponse<String> unknownFilter = get("/api/v1/articles?sectoin=world");
        assertThat(unknownFilter.statusCode()).isEqualTo(400);
        assertThat(unknownFilter.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ApiSnapshots.assertMatches("content-problem-unknown-filter", unknownFilter.body());

        ApiSnapshots.assertMatches("content-problem-bad-cursor", get("/api/v1/articles?cursor=not-a-cursor").body());
        assertThat(get("/api/v1/articles?cursor=not-a-cursor").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/articles?cursor=" + encode("bm90OmEtY3Vyc29y")).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/articles?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/articles?limit=abc").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/articles?updated_since=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/articles?section=no-such-section").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/tags?cursor=" + encode("!!")).statusCode()).isEqualTo(400);

        HttpResponse<String> missing = get("/api/v1/articles/" + draft.id());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> noSuchPath = get("/api/v1/no-such-endpoint");
        assertThat(noSuchPath.statusCode()).isEqualTo(404);
        assertThat(noSuchPath.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aSiteThatSetsAContentKeyServesOnlyCallersWhoSendIt() throws Exception {
        String key = "partner-key-0123456789";
        fixtures.settings(s -> s.changeDistribution(null, true, key));

        HttpResponse<String> without = get("/api/v1/articles");
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("/api/v1/articles?key=wrong-key-0123456789").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/articles?key=" + key).statusCode()).isEqualTo(200);
        HttpResponse<String> withHeader = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/sections")).header("X-Content-Key", key).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withHeader.statusCode()).isEqualTo(200);
        for (String door : List.of("/api/v1/search?q=news", "/api/v1/search/suggest?q=ne",
                "/api/v1/stories/" + lead.id() + "/related")) {
            assertThat(get(door).statusCode()).as("%s without the key", door).isEqualTo(401);
            assertThat(get(door + (door.contains("?") ? "&" : "?") + "key=" + key).statusCode()).as(door).isEqualTo(200);
        }
    }

    @Test
    void aResponseAlreadyHeldAnswers304() throws Exception {
        HttpResponse<String> first = get("/api/v1/articles/" + lead.id());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/articles/" + lead.id())).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void browsersOnOtherSitesMayReadIt() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/sections")).header("Origin", "https://partner.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    private static List<String> headlines(String body) {
        List<String> headlines = new ArrayList<>();
        JSON.readTree(body).get("articles").forEach(a -> headlines.add(a.get("headline").asString()));
        return headlines;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
