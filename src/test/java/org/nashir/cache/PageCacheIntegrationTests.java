package org.nashir.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.Permalinks;
import org.nashir.article.StoryDraft;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.nashir.tag.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The page cache and the CDN purges follow the newsroom: publishing, editing and unpublishing a story
 * change its page, the home page, its listings, feeds and sitemaps at once, while pages that do not
 * show it keep being served from memory.
 */
class PageCacheIntegrationTests extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final List<String> PURGED = new CopyOnWriteArrayList<>();
    private static final HttpServer CDN = cdn();

    @Autowired
    ArticleDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private org.nashir.front.FrontDesk fronts;

    private Actor editor;
    private Section politics;
    private Section sport;
    private Author reporter;
    private Tag elections;
    private Article standing;
    private Article unrelated;

    private static HttpServer cdn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/purge", exchange -> {
                PURGED.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("xkey-purge")
                        + " " + exchange.getRequestHeaders().getFirst("Fastly-Key"));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void purgeEndpoint(DynamicPropertyRegistry registry) {
        registry.add("nashir.cache.purge[0].url", () -> "http://127.0.0.1:" + CDN.getAddress().getPort() + "/purge");
        registry.add("nashir.cache.purge[0].headers.Fastly-Key", () -> "secret-token");
    }

    @AfterAll
    static void stopCdn() {
        CDN.stop(0);
    }

    @BeforeEach
    void newsroom() {
        editor = Actor.of(fixtures.staff(Role.EDITOR));
        politics = fixtures.section("سياسة الذاكرة");
        sport = fixtures.section("رياضة الذاكرة");
        reporter = fixtures.author("مراسل الذاكرة", null);
        elections = fixtures.tag("انتخابات الذاكرة");
        standing = fixtures.article(politics).headline("خبر قائم في السياسة").by(reporter).tagged(elections).save();
        unrelated = fixtures.article(sport).headline("مباراة لا علاقة لها").save();
        PURGED.clear();
    }

    @Test
    void publishingEditingAndUnpublishingChangeExactlyThePagesThatShowTheStory() {
        long id = desk.create(editor, draft("خبر عاجل جديد عن الانتخابات")).id();
        List<String> affected = List.of("/", Permalinks.section(politics), Permalinks.author(reporter), Permalinks.tag(elections),
                "/feed", Permalinks.sectionFeed(politics, false), "/sitemaps/news.xml");
        List<String> untouched = List.of(Permalinks.section(sport), Permalinks.article(unrelated), Permalinks.article(standing),
                Permalinks.sectionFeed(sport, true));
        warm(affected);
        warm(untouched);

        desk.publish(editor, id);
        Article published = desk.forEditing(editor, id);
        String page = location(id);
        for (String path : affected) {
            HttpResponse<String> response = fetch(path);
            assertThat(response.headers().firstValue("X-Cache")).as(path).hasValue("MISS");
            assertThat(response.body()).as(path).contains("خبر عاجل جديد عن الانتخابات");
        }
        untouched.forEach(path -> assertThat(fetch(path).headers().firstValue("X-Cache")).as(path).hasValue("HIT"));
        assertThat(fetch(page).headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(fetch(page).headers().firstValue("X-Cache")).hasValue("HIT");

        long pending = desk.save(editor, id, published.version(), draft("عنوان الخبر بعد التصحيح")).version();
        assertThat(fetch(page).headers().firstValue("X-Cache")).as("a pending version purges nothing").hasValue("HIT");
        assertThat(fetch(location(id)).body()).doesNotContain("عنوان الخبر بعد التصحيح");
        desk.updateLive(editor, id, pending);
        HttpResponse<String> edited = fetch(location(id));
        assertThat(edited.body()).contains("عنوان الخبر بعد التصحيح");
        assertThat(fetch("/").body()).contains("عنوان الخبر بعد التصحيح").doesNotContain("خبر عاجل جديد عن الانتخابات");
        untouched.forEach(path -> assertThat(fetch(path).headers().firstValue("X-Cache")).as(path).hasValue("HIT"));

        String current = location(id);
        desk.unpublish(editor, id);
        assertThat(fetch(current).statusCode()).isEqualTo(404);
        for (String path : affected) {
            assertThat(fetch(path).body()).as(path).doesNotContain("عنوان الخبر بعد التصحيح");
        }
        untouched.forEach(path -> assertThat(fetch(path).headers().firstValue("X-Cache")).as(path).hasValue("HIT"));
    }

    @Test
    void arrangingTheHomePageOrPinningASectionsLeadEmptiesThatPageAndNoOther() {
        List<String> others = List.of(Permalinks.section(sport), Permalinks.article(standing), "/feed");
        warm(List.of("/", Permalinks.section(politics)));
        warm(others);

        fronts.arrangeHome(editor, fronts.home().version(), java.util.Map.of(0, standing.id()), List.of());
        HttpResponse<String> home = fetch("/");
        assertThat(home.headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(org.jsoup.Jsoup.parse(home.body()).selectFirst(".home-lead__title").text()).isEqualTo(standing.headline());
        assertThat(fetch(Permalinks.section(politics)).headers().firstValue("X-Cache")).hasValue("HIT");

        fronts.pinSectionLead(editor, politics.id(), fronts.ofSection(politics.id()).version(), standing.id());
        assertThat(fetch(Permalinks.section(politics)).headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(fetch("/").headers().firstValue("X-Cache")).hasValue("HIT");
        others.forEach(path -> assertThat(fetch(path).headers().firstValue("X-Cache")).as(path).hasValue("HIT"));
        fronts.arrangeHome(editor, fronts.home().version(), java.util.Map.of(), List.of());
    }

    @Test
    void eachChangeIsSentToTheCdnAsTheKeysToPurge() throws InterruptedException {
        long id = desk.create(editor, draft("خبر يبلغ الشبكة")).id();
        desk.publish(editor, id);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (PURGED.stream().noneMatch(call -> call.contains(" story-" + id + " ")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(PURGED).filteredOn(call -> call.contains(" story-" + id + " ")).singleElement()
                .satisfies(call -> assertThat(call).startsWith("PURGE ").endsWith(" secret-token")
                        .contains(" home ", " feed ", " sitemap ", " section-" + politics.id() + " ",
                                " author-" + reporter.id() + " ", " tag-" + elections.id() + " ")
                        .doesNotContain("section-" + sport.id() + " "));
    }

    @Test
    void aChangeIsWrittenForTheOtherNodesAndWhatTheyWriteEmptiesThisNodesPages() throws InterruptedException {
        long id = desk.create(editor, draft("خبر تعرفه العقد الأخرى")).id();
        desk.publish(editor, id);
        assertThat(jdbc.queryForList("select surrogate_keys from page_purge", String.class))
                .anySatisfy(keys -> assertThat(keys.split(" ")).contains("story-" + id, "home",
                        "section-" + politics.id()));

        String sportPage = Permalinks.section(sport);
        String unrelatedPage = Permalinks.article(unrelated);
        warm(List.of(sportPage, unrelatedPage));
        jdbc.update("insert into page_purge (origin, surrogate_keys, created_at) values (?, ?, ?)", "another-node",
                "section-" + sport.id(), java.sql.Timestamp.from(java.time.Instant.now()));

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String seen = "HIT";
        while ("HIT".equals(seen) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = fetch(sportPage).headers().firstValue("X-Cache").orElse("");
        }
        assertThat(seen).as("the section page, named by another node's purge").isEqualTo("MISS");
        assertThat(fetch(unrelatedPage).headers().firstValue("X-Cache")).hasValue("HIT");
    }

    @Test
    void pagesNameTheirContentAndCarryLifetimesForSharedCaches() {
        String path = Permalinks.article(standing);
        HttpResponse<String> first = fetch(path);
        assertThat(first.headers().firstValue("Surrogate-Key")).hasValueSatisfying(keys -> assertThat(keys.split(" "))
                .contains("site", "story-" + standing.id()));
        assertThat(first.headers().firstValue("Cache-Tag")).hasValueSatisfying(tags -> assertThat(tags).contains("story-" + standing.id() + ","));
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                .contains("public", "max-age=60", "s-maxage=300", "stale-while-revalidate=60"));
        assertThat(first.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).isEqualToIgnoringCase("Accept-Encoding"));

        HttpResponse<String> hit = fetch(path);
        assertThat(hit.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(hit.body()).isEqualTo(first.body());
        assertThat(hit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String etag = hit.headers().firstValue("ETag").orElseThrow();
        assertThat(send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(fetch(path + "?utm_source=twitter&fbclid=x").headers().firstValue("X-Cache")).hasValue("HIT");
    }

    @Test
    void hitsAreSentCompressedToClientsThatAcceptIt() throws IOException {
        String path = Permalinks.section(politics);
        String plain = fetch(path).body();
        HttpResponse<byte[]> zipped = HTTP.sendAsync(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray()).join();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("X-Cache")).hasValue("HIT");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
    }

    @Test
    void staffSessionsSearchesAndPreviewsAreNeverServedFromTheCache() {
        String path = Permalinks.article(standing);
        fetch(path);
        assertThat(send(HttpRequest.newBuilder(uri(path)).header("Cookie", "SESSION=abc")).headers().firstValue("X-Cache"))
                .isEmpty();
        fetch("/search?q=" + java.net.URLEncoder.encode("السياسة", StandardCharsets.UTF_8));
        assertThat(fetch("/search?q=" + java.net.URLEncoder.encode("السياسة", StandardCharsets.UTF_8)).headers()
                .firstValue("X-Cache")).isEmpty();
        assertThat(fetch("/preview/" + standing.id()).headers().firstValue("X-Cache")).isEmpty();
    }

    private StoryDraft draft(String headline) {
        return new StoryDraft(headline, "ملخص " + headline, null, politics.id(), List.of(), List.of(reporter.id()),
                List.of(elections.id()), null, Body.of(new Block.Paragraph("نص " + headline)), false, null, null, null);
    }

    private String location(long id) {
        return fetch("/a/" + id).headers().firstValue("Location").orElseThrow();
    }

    private void warm(List<String> paths) {
        for (String path : paths) {
            HttpResponse<String> first = fetch(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(fetch(path).headers().firstValue("X-Cache")).as(path).hasValue("HIT");
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> fetch(String path) {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return HTTP.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofString()).join();
    }
}
