package org.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.tag.Tag;

class ReaderPagesIntegrationTests extends IntegrationTest {

    @Test
    void homeLeadsWithTheNewestStoryShowsEachStoryOnceAndGivesASectionABlockForWhatIsNotAboveIt() {
        Section economy = fixtures.section("اقتصاد");
        Instant now = Instant.now();
        List<Article> olderFirst = new ArrayList<>();
        // more than the lead, the top stories and the latest take, so that the section's block keeps some
        for (int minutes = 20; minutes > 0; minutes--) {
            olderFirst.add(fixtures.article(economy).headline("خبر اقتصادي " + minutes).publishedAt(now.minus(Duration.ofMinutes(minutes))).save());
        }
        Article newest = fixtures.article(economy).headline("أحدث خبر في الموقع").publishedAt(Instant.now()).save();

        Document home = page("/");
        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.selectFirst(".home-lead h2 a").text()).isEqualTo("أحدث خبر في الموقع");
        assertThat(home.selectFirst(".home-lead h2 a").attr("href")).isEqualTo(Permalinks.article(newest));
        assertThat(home.selectFirst(".home-lead .card__time").text()).isEqualTo("الآن");
        List<String> links = home.select("main .home-lead__title a, main .card__title a, main .headlines a").eachAttr("href");
        assertThat(links).doesNotHaveDuplicates();
        var block = home.select("section.block--section").stream()
                .filter(s -> s.selectFirst("h2 a").text().equals("اقتصاد"))
                .filter(s -> s.selectFirst("h2 a").attr("href").equals(Permalinks.section(economy)))
                .findFirst().orElseThrow();
        List<String> inBlock = block.select(".card__title a").eachAttr("href");
        assertThat(inBlock).isNotEmpty().isSubsetOf(olderFirst.stream().map(Permalinks::article).toList());
        assertThat(home.select("nav.sections-nav a").eachText()).contains("اقتصاد");
    }

    @Test
    void showsRecentBreakingNewsInTheStrip() {
        Section section = fixtures.section("محليات");
        Article urgent = fixtures.article(section).headline("خبر عاجل للاختبار").breaking().save();
        fixtures.article(section).headline("خبر عاجل قديم").breaking().publishedAt(Instant.now().minus(Duration.ofDays(3))).save();

        Document home = page("/");
        assertThat(home.select(".breaking a").eachText()).contains("خبر عاجل للاختبار").doesNotContain("خبر عاجل قديم");
        assertThat(home.selectFirst(".breaking a").attr("href")).isEqualTo(Permalinks.article(urgent));
    }

    @Test
    void pagesSectionFrontsWithStableUrls() {
        Section sports = fixtures.section("رياضة");
        Instant start = Instant.parse("2025-01-01T10:00:00Z");
        for (int i = 1; i <= 14; i++) {
            fixtures.article(sports).headline("مباراة رقم " + i).publishedAt(start.plus(Duration.ofHours(i))).save();
        }

        Document first = page(Permalinks.section(sports));
        assertThat(first.selectFirst("h1").text()).isEqualTo("رياضة");
        assertThat(first.select(".cards .card")).hasSize(12);
        assertThat(first.selectFirst(".card__title").text()).isEqualTo("مباراة رقم 14");
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo(Permalinks.section(sports) + "/page/2");
        assertThat(first.selectFirst("nav.sections-nav a[aria-current=page]").text()).isEqualTo("رياضة");

        Document second = page(Permalinks.section(sports) + "/page/2");
        assertThat(second.select(".card__title").eachText()).containsExactly("مباراة رقم 2", "مباراة رقم 1");
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo(Permalinks.section(sports));
        assertThat(second.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:" + port + Permalinks.section(sports) + "/page/2");

        HttpResponse<String> pageOne = get(Permalinks.section(sports) + "/page/1");
        assertThat(pageOne.statusCode()).isEqualTo(301);
        assertThat(pageOne.headers().firstValue("Location").orElseThrow()).endsWith(Permalinks.section(sports));

        for (String missing : List.of("/page/3", "/page/0", "/page/999999", "/page/abc", "/page/99999999999")) {
            assertThat(get(Permalinks.section(sports) + missing).statusCode()).as(missing).isEqualTo(404);
        }
    }

    @Test
    void deepPagesTogetherListEverySectionStoryOnceNewestFirstEvenWhenStoriesShareAPublishTime() {
        Section culture = fixtures.section("ثقافة " + Fixtures.unique());
        Section elsewhere = fixtures.section("منوعات " + Fixtures.unique());
        Instant start = Instant.parse("2025-03-01T08:00:00Z");
        List<String> newestFirst = new ArrayList<>();
        for (int i = 1; i <= 41; i++) {
            // three stories to each minute, so that page edges fall between stories of the same time
            Instant at = start.plus(Duration.ofMinutes(i / 3));
            Article story = fixtures.article(i % 5 == 0 ? elsewhere : culture).headline("عرض رقم " + i).publishedAt(at).save();
            if (i % 5 == 0) {
                transactionallyAlsoIn(story, culture);
            }
            newestFirst.add(0, story.id().toString()); // later stories are newer, or as new with a higher id
        }
        fixtures.article(elsewhere).headline("خبر في قسم آخر فقط").save();

        List<String> listed = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            Document shown = page(Permalinks.section(culture) + (page == 1 ? "" : "/page/" + page));
            shown.select(".card__title a").forEach(a -> listed.add(a.attr("href").replaceAll("^/[^/]+/(\\d+)/.*", "$1")));
            assertThat(shown.select("a[rel=next]")).as("next from page " + page).hasSize(page < 4 ? 1 : 0);
        }
        assertThat(listed).containsExactlyElementsOf(newestFirst);
        assertThat(get(Permalinks.section(culture) + "/page/5").statusCode()).isEqualTo(404);
    }

    @Test
    void listsAStoryInItsOtherSectionsToo() {
        Section primary = fixtures.section("اقتصاد أول");
        Section other = fixtures.section("طاقة");
        Article story = fixtures.article(primary).headline("خبر في قسمين").save();
        transactionallyAlsoIn(story, other);
        assertThat(page(Permalinks.section(other)).select(".card__title a").eachText()).contains("خبر في قسمين");
        assertThat(page(Permalinks.section(primary)).select(".card__title a").eachText()).contains("خبر في قسمين");
        assertThat(Permalinks.article(story)).startsWith(Permalinks.section(primary) + "/");
        assertThat(page("/").select("main a[href='" + Permalinks.article(story) + "']")).as("once on the home page").hasSize(1);
    }

    @Test
    void anAddressWithATrailingSlashIsAPermanentRedirectToTheOneWithoutButNeverToAnotherSite() {
        Section section = fixtures.section("مقالات");
        Article story = fixtures.article(section).headline("خبر بعنوان فيه شرطة مائلة").save();
        for (String path : List.of(Permalinks.section(section), Permalinks.article(story))) {
            HttpResponse<String> slashed = get(path + "/");
            assertThat(slashed.statusCode()).as(path).isEqualTo(301);
            assertThat(slashed.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith(path));
        }
        assertThat(get(Permalinks.section(section) + "/?page=2").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(Permalinks.section(section) + "?page=2"));
        HttpResponse<String> elsewhere = get("//evil.example/");
        assertThat(elsewhere.statusCode()).isIn(400, 404);
        assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aHomePageWithoutATaglineIsStillDescribedAndTheDefaultLogoIsTheSitesOwnName() {
        fixtures.settings(s -> s.identify("صحيفة الاختبار", null, "/assets/img/logo.svg", s.timeZone(), s.copyrightHolder()));
        Document home = page("/");
        assertThat(home.selectFirst("meta[name=description]").attr("content")).isEqualTo("آخر الأخبار من صحيفة الاختبار");
        assertThat(home.selectFirst("header .logo").text()).isEqualTo("صحيفة الاختبار");
        String mark = home.selectFirst("header .logo img").attr("src");
        assertThat(mark).matches("/assets/img/favicon-[0-9a-f]{32}\\.svg");
        assertThat(get(mark).statusCode()).isEqualTo(200);
        assertThat(home.select("[role=search]").eachAttr("aria-label")).containsExactly("البحث في الموقع");

        fixtures.settings(s -> s.identify(s.name(), null, "/assets/img/favicon.svg", s.timeZone(), s.copyrightHolder()));
        Document chosen = page("/");
        assertThat(chosen.selectFirst("header .logo img").attr("alt")).isEqualTo("صحيفة الاختبار");
        assertThat(chosen.selectFirst("header .logo img").attr("src")).as("a file of the site's own, by its hash")
                .matches("/assets/img/favicon-[0-9a-f]{32}\\.svg");
        fixtures.settings(s -> s.identify("موقع الاختبار", null, "/assets/img/logo.svg", s.timeZone(), s.copyrightHolder()));
    }

    @Test
    void phonesGetAManifestInArabicRightToLeftAndIconsAtTheSizesTheyAsk() throws Exception {
        HttpResponse<String> manifest = get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/manifest+json"));
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(manifest.body());
        assertThat(json.get("dir").asString()).isEqualTo("rtl");
        assertThat(json.get("lang").asString()).isEqualTo("ar");
        assertThat(json.get("name").asString()).isNotBlank();
        for (var icon : json.get("icons")) {
            assertThat(get(icon.get("src").asString()).statusCode()).as(icon.get("src").asString()).isEqualTo(200);
        }
        for (var size : java.util.Map.of("/apple-touch-icon.png", 180, "/icon-512.png", 512, "/favicon.ico", 48).entrySet()) {
            HttpResponse<byte[]> png = org.nashir.TestHttp.client().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + size.getKey())).build(), HttpResponse.BodyHandlers.ofByteArray());
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
            assertThat(image.getWidth()).as(size.getKey()).isEqualTo(size.getValue());
            assertThat(new java.awt.Color(image.getRGB(size.getValue() / 2, size.getValue() / 20)).getRed())
                    .as("the red of the mark's square").isGreaterThan(140);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.nashir.article.ArticleRepository articles;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    private void transactionallyAlsoIn(Article story, Section other) {
        transaction.executeWithoutResult(s -> {
            Article loaded = articles.findById(story.id()).orElseThrow();
            loaded.alsoIn(java.util.Set.of(other));
            articles.save(loaded);
        });
    }

    @Test
    void listsAnAuthorsStoriesOnTheirPage() {
        Section section = fixtures.section("ثقافة");
        Author author = fixtures.author("ليلى الكاتبة", "محررة الثقافة");
        Article mine = fixtures.article(section).headline("مقال الكاتبة").by(author).save();
        fixtures.article(section).headline("مقال لغيرها").save();

        Document page = page(Permalinks.author(author));
        assertThat(page.selectFirst("h1").text()).isEqualTo(author.name());
        assertThat(page.selectFirst(".author-header__title").text()).isEqualTo("محررة الثقافة");
        assertThat(page.select(".card__title a").eachText()).containsExactly("مقال الكاتبة");
        assertThat(page.selectFirst(".card__title a").attr("href")).isEqualTo(Permalinks.article(mine));
    }

    @Test
    void listsTaggedStoriesOnTheTagPage() {
        Section section = fixtures.section("علوم");
        Tag tag = fixtures.tag("الفضاء");
        fixtures.article(section).headline("قمر صناعي جديد").tagged(tag).save();

        Document page = page(Permalinks.tag(tag));
        assertThat(page.selectFirst("h1").text()).isEqualTo(tag.name());
        assertThat(page.select(".card__title a").eachText()).containsExactly("قمر صناعي جديد");
    }

    @Test
    void answersBadAddressesWithArabicErrorPagesAndNeverAStackTrace() {
        for (String path : List.of("/no-such-section", "/author/nobody", "/tag/nothing", "/world/abc",
                "/a/abc", "/a/99999999999999999999", "/media/../../etc/passwd", "/media/zzz/320.jpg",
                "/assets/none.css", "/%D9%85%D8%AC%D9%87%D9%88%D9%84")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).contains("lang=\"ar\"").doesNotContain("Exception", "at org.");
        }
        HttpResponse<String> notFound = get("/no-such-section");
        assertThat(notFound.body()).contains("الصفحة غير موجودة", "العودة إلى الصفحة الرئيسية");
    }

    @Test
    void refusesOtherMethodsOnReaderPagesWithoutLeakingDetails() {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/"))
                    .DELETE().build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.body()).contains("غير مسموحة").doesNotContain("Exception");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
