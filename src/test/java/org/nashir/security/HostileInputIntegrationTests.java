package org.nashir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashir.Fixtures;
import org.nashir.HostileStrings;
import org.nashir.IntegrationTest;
import org.nashir.Multipart;
import org.nashir.OutputSafety;
import org.nashir.StaffSession;
import org.nashir.TestHttp;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.body.Block;
import org.nashir.article.body.EmbedProvider;
import org.nashir.author.Author;
import org.nashir.browser.Browser;
import org.nashir.importer.StoryImport;
import org.nashir.importer.WordPressImport;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.shared.PlainText;
import org.nashir.tag.Tag;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile strings of {@link HostileStrings} go into every field a story, its byline, its images,
 * its sections and tags, the site's settings, a search, the API and an imported file have; then every
 * output where they appear (reader pages with their Open Graph tags and JSON-LD, feeds, sitemaps, the
 * API, the back office) is read as its consumer reads it. Nothing may run, nothing may leave its place,
 * and each string must still be there to read, as text.
 */
class HostileInputIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApiTokens tokens;
    @Autowired
    StoryImport storyImport;
    @Autowired
    WordPressImport wordPressImport;

    @TempDir
    Path temp;

    @Test
    void requestsNobodyMeantAnswerPlainlyNotWithAServerError() {
        HttpResponse<String> options = TestHttp.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/admin/articles")).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(options.statusCode()).as("OPTIONS of the admin API").isIn(200, 204);
        assertThat(options.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertThat(get("/error").statusCode()).as("/error asked for by name").isEqualTo(404);
    }

    @Test
    void uploadsWhoseFileNamesCarryControlCharactersAreAnsweredPlainly() {
        StaffSession admin = StaffSession.signedIn(port, fixtures.staff(Role.ADMINISTRATOR).username(), Fixtures.PASSWORD);
        String token = tokens.issue(fixtures.staff(Role.EDITOR).id(), "أداة الأسماء", Set.of(ApiScope.MEDIA_WRITE)).token();
        for (String name : List.of("photo\u0000.png", "photo\r\nX-Injected: 1.png", "../../photo\u0007.png")) {
            String shown = name.replace("\u0000", "NUL").replace("\r\n", "CRLF");
            admin.get("/admin/media");
            HttpResponse<String> library = admin.upload("/admin/media", Map.of("altText", "صورة باسم غريب"), name, Fixtures.png(40, 30));
            assertThat(library.statusCode()).as("the media library, file " + shown).isIn(302, 400);
            if (library.statusCode() == 400) {
                assertThat(library.body()).contains("lang=\"ar\"", "رفع غير صالح");
            }
            Multipart form = Multipart.of(Map.of("alt", "صورة باسم غريب"), "file", name, "image/png", Fixtures.png(40, 30));
            HttpResponse<String> api = TestHttp.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/media"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType()).POST(form.body()));
            assertThat(api.statusCode()).as("the admin API, file " + shown).isIn(201, 400);
            if (api.statusCode() == 400) {
                assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            }
            admin.get("/admin/import");
            HttpResponse<String> wordPress = admin.upload("/admin/import", Map.of(), name.replace(".png", ".xml"),
                    "<rss version=\"2.0\"><channel></channel></rss>".getBytes(StandardCharsets.UTF_8));
            assertThat(wordPress.statusCode()).as("the import, file " + shown).isIn(302, 400, 409);
            assertThat(admin.get("/admin/import").body()).doesNotContain("\u0000", "X-Injected: 1\r");
        }
    }

    @Test
    void hostileStringsInEveryFieldNeitherRunNorLeaveTheirPlaceInAnyOutput() {
        List<String> problems = new ArrayList<>();
        List<Article> stories = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<Long> images = new ArrayList<>();
        Article previous = null;
        for (int i = 0; i < HostileStrings.ALL.size(); i++) {
            String hostile = HostileStrings.ALL.get(i);
            Section section = fixtures.section(hostile);
            Author author = fixtures.author(hostile, hostile, hostile);
            Tag tag = fixtures.tag(hostile);
            MediaAsset image = fixtures.smallImage(hostile, hostile, hostile);
            images.add(image.id());
            String escaped = HtmlUtils.htmlEscape(hostile);
            List<Block> blocks = new ArrayList<>(List.of(new Block.Paragraph(escaped), new Block.Heading(2, hostile),
                    new Block.Quote(hostile, hostile, hostile, hostile), new Block.Image(image.id(), hostile, hostile),
                    new Block.ListItems(i % 2 == 0, List.of(hostile, escaped)),
                    new Block.Embed(EmbedProvider.YOUTUBE, "https://www.youtube.com/watch?v=xss" + i, hostile)));
            if (previous != null) {
                blocks.add(new Block.Related(hostile, List.of(previous.id())));
            }
            Article story = fixtures.article(section).headline(hostile).standfirst(hostile).body(blocks.toArray(Block[]::new))
                    .by(author).tagged(tag).lead(image).breaking().save();
            stories.add(story);
            previous = story;
            pages.addAll(List.of(Permalinks.article(story), Permalinks.section(section), Permalinks.author(author),
                    Permalinks.tag(tag), Permalinks.section(section) + "/feed", Permalinks.tag(tag) + "/feed/atom",
                    Permalinks.author(author) + "/feed"));
        }
        pages.addAll(List.of("/", "/feed", "/feed/atom", "/sitemap.xml", "/sitemaps/news.xml", "/sitemaps/sections-authors-tags.xml",
                "/api/v1/articles", "/api/v1/sections", "/api/v1/authors", "/api/v1/tags"));
        for (Article story : stories) {
            pages.add("/api/v1/articles/" + story.id());
        }
        for (String path : pages) {
            check(path, get(path), problems);
        }

        // the story page: each string is there as text, in the page, its title, its cards and its JSON-LD
        for (int i = 0; i < stories.size(); i++) {
            String expected = PlainText.clean(HostileStrings.ALL.get(i)).strip();
            var page = page(Permalinks.article(stories.get(i)));
            assertThat(page.selectFirst("h1").wholeText()).as("headline %d", i).isEqualTo(expected);
            assertThat(page.selectFirst("meta[property=og:title]").attr("content")).as("og:title %d", i).isEqualTo(expected);
            assertThat(page.select(".quote__speaker").text()).as("speaker %d", i).contains(HostileStrings.mark(i));
            assertThat(page.selectFirst(".figure--lead .figure__credit").wholeText()).as("credit %d", i).contains(expected);
            JsonNode ld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
            assertThat(ld.toString()).as("JSON-LD %d", i).contains(JSON.writeValueAsString(expected).replaceAll("^\"|\"$", ""));
            JsonNode api = JSON.readTree(get("/api/v1/articles/" + stories.get(i).id()).body());
            assertThat(api.get("headline").asString()).as("API headline %d", i).isEqualTo(expected);
            assertThat(page.outerHtml()).doesNotContain("\u202E", "\u0000");
        }

        // the back office shows the same strings to the staff who work on them
        StaffSession admin = StaffSession.signedIn(port, fixtures.staff(Role.ADMINISTRATOR).username(), Fixtures.PASSWORD);
        List<String> staffPages = new ArrayList<>(List.of("/admin/stories", "/admin/media", "/admin/sections", "/admin/authors",
                "/admin/tags", "/admin/settings", "/admin/stories?q=" + encode(HostileStrings.ALL.get(0))));
        for (int i = 0; i < stories.size(); i++) {
            long id = stories.get(i).id();
            staffPages.addAll(List.of("/admin/stories/" + id, "/admin/stories/" + id + "/revisions", "/admin/media/" + images.get(i),
                    "/preview/" + id));
        }
        for (String path : staffPages) {
            HttpResponse<String> response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            problems.addAll(OutputSafety.html(path, response.body()));
        }
        assertThat(problems).isEmpty();
        assertThat(stories).hasSize(HostileStrings.ALL.size());
    }

    @Test
    void hostileSearchesAreAnsweredAsText() {
        List<String> problems = new ArrayList<>();
        for (String hostile : HostileStrings.ALL) {
            String q = encode(hostile);
            HttpResponse<String> page = get("/search?q=" + q);
            assertThat(page.statusCode()).as(hostile).isEqualTo(200);
            problems.addAll(OutputSafety.html("/search?q=" + hostile, page.body()));
            HttpResponse<String> api = get("/api/v1/search?q=" + q);
            assertThat(api.statusCode()).as(hostile).isEqualTo(200);
            problems.addAll(OutputSafety.json("/api/v1/search?q=" + hostile, api.body()));
            problems.addAll(OutputSafety.json("suggest " + hostile, get("/api/v1/search/suggest?q=" + q).body()));
        }
        assertThat(problems).isEmpty();
        // a query of 100,000 letters is refused before the search (the address is over the server's limit), in Arabic
        HttpResponse<String> huge = get("/search?q=" + encode(HostileStrings.huge()));
        assertThat(huge.statusCode()).isBetween(400, 431);
        assertThat(huge.body()).doesNotContain("Exception", "Tomcat", "xss99");
    }

    @Test
    void theSiteSettingsCarryHostileStringsSafelyToEveryPage() {
        StaffSession admin = StaffSession.signedIn(port, fixtures.staff(Role.ADMINISTRATOR).username(), Fixtures.PASSWORD);
        var form = admin.page("/admin/settings");
        List<String> problems = new ArrayList<>();
        try {
            for (String hostile : List.of(HostileStrings.ALL.get(0), HostileStrings.ALL.get(1), HostileStrings.ALL.get(7),
                    HostileStrings.ALL.get(13), HostileStrings.ALL.get(16))) {
                HttpResponse<String> saved = admin.submit(admin.page("/admin/settings"), "form[action=/admin/settings]",
                        Map.of("name", hostile, "tagline", hostile, "copyrightHolder", hostile,
                                "social", "x https://x.com/nashir\nfacebook javascript:alert(1)"), "save");
                assertThat(saved.statusCode()).as("a social link that is not https is refused").isEqualTo(400);
                saved = admin.submit(admin.page("/admin/settings"), "form[action=/admin/settings]",
                        Map.of("name", hostile, "tagline", hostile, "copyrightHolder", hostile,
                                "social", "x https://x.com/nashir"), "save");
                assertThat(saved.statusCode()).as(hostile).isEqualTo(302);
                for (String path : List.of("/", "/feed", "/feed/atom", "/no-such-page", "/search?q=x", "/sitemaps/news.xml")) {
                    check(path + " with site name " + hostile, get(path), problems);
                }
                assertThat(page("/").selectFirst(".masthead__tagline").wholeText()).isEqualTo(PlainText.clean(hostile).strip());
                problems.addAll(OutputSafety.html("/admin/settings", admin.get("/admin/settings").body()));
            }
        } finally {
            admin.submit(admin.page("/admin/settings"), "form[action=/admin/settings]", Map.of("name",
                    form.selectFirst("#name").val(), "tagline", form.selectFirst("#tagline").val(), "copyrightHolder",
                    form.selectFirst("#copyrightHolder").val(), "social", form.selectFirst("#social").val()), "save");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void hostileStoriesThroughTheApiAreRefusedOrKeptAsText() {
        String token = tokens.issue(fixtures.staff(Role.EDITOR).id(), "أداة عدائية",
                Set.of(ApiScope.STORIES_WRITE, ApiScope.STORIES_PUBLISH)).token();
        long section = fixtures.section("قسم الواجهة العدائية").id();
        List<String> problems = new ArrayList<>();
        for (String hostile : HostileStrings.ALL) {
            String html = JSON.writeValueAsString(hostile);
            String story = """
                    {"headline": %s, "standfirst": %s, "section_id": %d, "seo_title": %s,
                     "body": {"version": 1, "blocks": [{"type": "paragraph", "html": %s}, {"type": "heading", "level": 2, "text": %s}]}}
                    """.formatted(html, html, section, html, html, html);
            HttpResponse<String> created = api("POST", "/api/v1/admin/articles", token, story);
            problems.addAll(OutputSafety.json("API answer to " + hostile, created.body()));
            if (created.statusCode() == 400) {
                // refused: which field and why, in Arabic
                assertThat(created.body()).as(hostile).contains("html").doesNotContain("Exception");
                continue;
            }
            assertThat(created.statusCode()).as(hostile + ": " + created.body()).isEqualTo(201);
            long id = JSON.readTree(created.body()).get("id").asLong();
            assertThat(api("POST", "/api/v1/admin/articles/" + id + "/publish", token, null).statusCode()).isEqualTo(200);
            String path = get("/a/" + id).headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
            check(path, get(path), problems);
        }
        // a headline of 100,000 letters: refused with the reason, nothing kept
        HttpResponse<String> huge = api("POST", "/api/v1/admin/articles", token, """
                {"headline": %s, "section_id": %d, "body": {"version": 1, "blocks": []}}"""
                .formatted(JSON.writeValueAsString(HostileStrings.huge()), section));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("headline").doesNotContain("xss99");
        assertThat(problems).isEmpty();
    }

    @Test
    void hostileImportedFilesBecomeSafeStoriesOrReportedLines() throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < HostileStrings.ALL.size(); i++) {
            String hostile = HostileStrings.ALL.get(i);
            String json = JSON.writeValueAsString(hostile);
            lines.add("{\"headline\":" + json + ",\"standfirst\":" + json + ",\"body\":[" + json + ",{\"type\":\"heading\",\"level\":2,"
                    + "\"text\":" + json + "}],\"section\":" + JSON.writeValueAsString("قسم مستورد " + HostileStrings.mark(i))
                    + ",\"authors\":[" + json + "],\"tags\":[" + json + "],\"source_url\":\"https://old.example/hostile/" + i + "\"}");
            items.append("""
                    <item><title>%s</title><link>https://old-wp.example/?p=%d</link><dc:creator>%s</dc:creator>
                    <content:encoded><![CDATA[<p>%s</p><!-- wp:paragraph --><p><a href="javascript:alert(1)">%s</a></p><!-- /wp:paragraph -->]]></content:encoded>
                    <excerpt:encoded><![CDATA[%s]]></excerpt:encoded><wp:post_id>%d</wp:post_id>
                    <wp:post_date_gmt>2024-08-19 08:25:00</wp:post_date_gmt><wp:post_name>hostile-%d</wp:post_name>
                    <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                    <category domain="category" nicename="c%d"><![CDATA[%s]]></category>
                    <category domain="post_tag" nicename="t%d"><![CDATA[%s]]></category></item>
                    """.formatted(HtmlUtils.htmlEscape(hostile), 9000 + i, HtmlUtils.htmlEscape(hostile),
                    hostile.replace("]]>", ""), hostile.replace("]]>", ""), hostile.replace("]]>", ""), 9000 + i, i, i,
                    hostile.replace("]]>", ""), i, hostile.replace("]]>", "")));
        }
        Path jsonl = temp.resolve("hostile.jsonl");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        var summary = storyImport.run(jsonl, (fraction, imported, refused) -> { });
        assertThat(summary.imported() + summary.refused()).isEqualTo(HostileStrings.ALL.size());

        Path wxr = temp.resolve("hostile.xml");
        Files.writeString(wxr, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>موقع قديم</title><link>https://old-wp.example</link>
                <wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old-wp.example</wp:base_site_url>
                """ + items + "</channel></rss>\n", StandardCharsets.UTF_8);
        var report = wordPressImport.run(wxr, WordPressImport.MediaSource.EXPORT_ADDRESSES, (fraction, imported, refused) -> { });
        assertThat(report.toString()).doesNotContain("Exception");

        List<String> problems = new ArrayList<>();
        for (String path : List.of("/", "/feed", "/sitemaps/news.xml", "/api/v1/articles?limit=100")) {
            check(path, get(path), problems);
        }
        var recent = JSON.readTree(get("/api/v1/articles?limit=100").body());
        for (JsonNode article : recent.get("articles")) {
            String path = URI.create(article.get("url").asString()).getRawPath();
            check(path, get(path), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aBrowserShowingHostileStoriesRunsNothingOfThem() {
        Section section = fixtures.section("قسم المتصفح العدائي");
        List<String> paths = new ArrayList<>();
        // one image for all: its fields are the other test's business, the browser needs only a figure
        MediaAsset image = fixtures.image(HostileStrings.ALL.get(1), HostileStrings.ALL.get(2), HostileStrings.ALL.get(7));
        for (String hostile : HostileStrings.ALL) {
            Article story = fixtures.article(section).headline(hostile).standfirst(hostile)
                    .body(new Block.Paragraph(HtmlUtils.htmlEscape(hostile)), new Block.Quote(hostile, hostile, hostile, hostile))
                    .by(fixtures.author(hostile, hostile, hostile)).tagged(fixtures.tag(hostile)).lead(image).save();
            paths.add(Permalinks.article(story));
        }
        paths.add(Permalinks.section(section));
        paths.add("/search?q=" + encode(HostileStrings.ALL.get(0)));
        ChromeDriver driver = Browser.start();
        try {
            for (String path : paths) {
                driver.get("http://localhost:" + port + path);
                // an alert() that ran would still be open, and a script the page gained would be in its DOM
                boolean alerted;
                try {
                    driver.switchTo().alert();
                    alerted = true;
                } catch (NoAlertPresentException e) {
                    alerted = false;
                }
                assertThat(alerted).as(path).isFalse();
                assertThat(driver.executeScript("return document.querySelectorAll('script:not([type=\"application/ld+json\"]):not([src^=\"/assets/\"]),"
                        + " iframe, object, embed, svg, math, base, [onerror], [onload], [onmouseover], [onfocus], [ontoggle]').length"))
                        .as(path).isEqualTo(0L);
            }
        } finally {
            driver.quit();
        }
    }

    /** Read as its consumer reads it, by its type. */
    private static void check(String where, HttpResponse<String> response, List<String> problems) {
        // the error page is a page too, answered with its own status
        if (response.statusCode() != (where.startsWith("/no-such-page") ? 404 : 200)) {
            problems.add(where + ": status " + response.statusCode());
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        BiFunction<String, String, List<String>> reader = type.contains("html") ? OutputSafety::html
                : type.contains("json") ? OutputSafety::json : OutputSafety::xml;
        problems.addAll(reader.apply(where, response.body()));
        if (response.body().contains("Exception") || response.body().contains("at org.nashir")) {
            problems.add(where + ": a stack trace");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
