package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.section.Section;
import org.nashir.security.Role;
import org.nashir.shared.Digits;
import org.nashir.shared.MonthStyle;
import org.nashir.tag.Tag;
import org.nashir.tag.TagRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** What administrators and editors set up: settings, accounts, sections and tags. */
class SiteAdminIntegrationTests extends IntegrationTest {

    @Autowired
    TagRepository tags;

    @AfterEach
    void restoreSettings() {
        fixtures.settings(s -> {
            s.changePresentation(MonthStyle.EGYPTIAN, Digits.WESTERN, false);
            s.changeEditing(true);
        });
    }

    @Test
    void administratorTurnsOffArabicQuotesForPastedTextAndEditorsAreToldByTheirForm() {
        fixtures.settings(s -> { });
        StaffSession editor = as(Role.EDITOR);
        assertThat(editor.page("/admin/stories/new").selectFirst("#story-form").attr("data-arabic-quotes")).isEqualTo("true");
        assertThat(editor.post("/admin/settings/editing", java.util.List.of()).statusCode()).isEqualTo(403);

        StaffSession admin = as(Role.ADMINISTRATOR);
        Document form = admin.page("/admin/settings");
        assertThat(form.select("form[action='/admin/settings/editing'] input[name=arabicQuotes]").hasAttr("checked")).isTrue();
        form.select("form[action='/admin/settings/editing'] input[name=arabicQuotes]").removeAttr("checked");
        assertThat(admin.submit(form, "form[action='/admin/settings/editing']", Map.of(), "save").statusCode()).isEqualTo(302);
        assertThat(admin.page("/admin/settings").select("input[name=arabicQuotes]").hasAttr("checked")).isFalse();
        assertThat(editor.page("/admin/stories/new").selectFirst("#story-form").attr("data-arabic-quotes")).isEqualTo("false");
    }

    @Test
    void administratorChangesHowTheSitePrintsDates() {
        fixtures.settings(s -> { });
        Section section = fixtures.section("إعدادات");
        Article story = fixtures.article(section).publishedAt(java.time.Instant.parse("2024-08-19T08:25:00Z")).save();
        StaffSession admin = as(Role.ADMINISTRATOR);
        Document form = admin.page("/admin/settings");

        HttpResponse<String> bad = admin.submit(form, "main form", Map.of("timeZone", "Mars/Olympus"), "save");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("المنطقة الزمنية غير معروفة");

        HttpResponse<String> saved = admin.submit(admin.page("/admin/settings"), "main form",
                Map.of("monthStyle", "LEVANTINE_EGYPTIAN", "social", "FACEBOOK https://www.facebook.com/site\nX https://x.com/site"), "save");
        assertThat(saved.statusCode()).isEqualTo(302);
        Document page = page(Permalinks.article(story));
        assertThat(page.selectFirst(".story__time time").text()).isEqualTo("19 آب/أغسطس 2024، 11:25 ص");
        assertThat(page.select(".follow a").eachAttr("href")).containsExactly("https://www.facebook.com/site", "https://x.com/site");
    }

    @Test
    void administratorCreatesAnAccountAndDisablingItSignsThatPersonOut() {
        StaffSession admin = as(Role.ADMINISTRATOR);
        admin.get("/admin/users");
        String username = "new.reporter" + Fixtures.unique();
        assertThat(admin.post("/admin/users", List.of(Map.entry("username", username), Map.entry("displayName", "مراسل جديد"),
                Map.entry("password", Fixtures.PASSWORD), Map.entry("role", "REPORTER"))).statusCode()).isEqualTo(302);

        StaffSession reporter = StaffSession.signedIn(port, username, Fixtures.PASSWORD);
        assertThat(reporter.get("/admin/stories").statusCode()).isEqualTo(200);

        Document users = admin.page("/admin/users");
        String id = users.select("form.actions").stream().filter(f -> f.parent().parent().text().contains(username))
                .findFirst().orElseThrow().attr("action").replaceAll(".*/", "");
        admin.post("/admin/users/" + id, List.of(Map.entry("action", "disable")));
        assertThat(reporter.get("/admin/stories").statusCode()).isEqualTo(302);
        assertThat(new StaffSession(port).signIn(username, Fixtures.PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("?error");
    }

    @Test
    void editorAddsASectionThatAppearsInTheNavigation() {
        StaffSession editor = as(Role.EDITOR);
        editor.get("/admin/sections");
        String slug = "opinion" + Fixtures.unique();
        assertThat(editor.post("/admin/sections", List.of(Map.entry("name", "رأي"), Map.entry("slug", slug))).statusCode())
                .isEqualTo(302);
        editor.get("/admin/sections");
        HttpResponse<String> reserved = editor.post("/admin/sections", List.of(Map.entry("name", "خطأ"), Map.entry("slug", "admin")));
        assertThat(reserved.statusCode()).isEqualTo(400);
        assertThat(page("/").select("nav.sections-nav a").eachAttr("href")).contains("/" + slug);
    }

    @Test
    void editorGivesAnAuthorATitleAndAPhotoShownOnTheirPage() {
        var author = fixtures.author("كاتبة بلا صورة", null);
        // a byline has a page once a published story carries it
        fixtures.article(fixtures.section("ثقافة")).by(author).save();
        var photo = fixtures.image("صورة الكاتبة", null, "الرواق");
        StaffSession editor = as(Role.EDITOR);
        editor.get("/admin/authors");
        assertThat(editor.post("/admin/authors/" + author.id(), List.of(Map.entry("name", author.name()),
                Map.entry("title", "محررة الشؤون الثقافية"), Map.entry("bio", "تكتب عن الكتب."),
                Map.entry("photoId", String.valueOf(photo.id())))).statusCode()).isEqualTo(302);
        Document page = page(Permalinks.author(author));
        assertThat(page.selectFirst(".author-header__title").text()).isEqualTo("محررة الشؤون الثقافية");
        assertThat(page.selectFirst(".author-header__photo").attr("alt")).isEqualTo("صورة الكاتبة");
        assertThat(editor.page("/admin/authors").select("select[name=photoId] option[selected]").eachAttr("value"))
                .contains(String.valueOf(photo.id()));
    }

    @Test
    void editorMergesADuplicateTagIntoTheRightOne() {
        Section section = fixtures.section("سياسة");
        Tag wrong = fixtures.tag("ترمب");
        Tag right = fixtures.tag("ترامب");
        fixtures.article(section).headline("خبر بالوسم الخطأ").tagged(wrong).save();
        fixtures.article(section).headline("خبر بالوسمين").tagged(wrong, right).save();
        StaffSession editor = as(Role.EDITOR);
        editor.get("/admin/tags");
        assertThat(editor.post("/admin/tags/" + wrong.id(), List.of(Map.entry("action", "merge"),
                Map.entry("into", String.valueOf(right.id())))).statusCode()).isEqualTo(302);

        assertThat(tags.findById(wrong.id())).isEmpty();
        assertThat(page(Permalinks.tag(right)).select(".card__title a").eachText())
                .containsExactlyInAnyOrder("خبر بالوسم الخطأ", "خبر بالوسمين");
        assertThat(get(Permalinks.tag(wrong)).statusCode()).isEqualTo(404);
    }
}
