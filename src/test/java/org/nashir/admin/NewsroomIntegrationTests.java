package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.ArticleRepository;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Permalinks;
import org.nashir.section.Section;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.nashir.security.StaffUser;
import org.nashir.shared.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The newsroom's work, told as stories: write, submit, publish, schedule, conflict, revisions. */
class NewsroomIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleRepository articles;
    @Autowired
    ArticleDesk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private Document withLocation(Document page, long id) {
        return Jsoup.parse(page.outerHtml(), "http://localhost:" + port + "/admin/stories/" + id);
    }

    private ArticleStatus status(long id) {
        return articles.findById(id).orElseThrow().status();
    }

    private String headline(long id) {
        return articles.findById(id).orElseThrow().headline();
    }

    private long idFrom(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("redirect after save").containsPattern("/admin/stories/\\d+\\?saved");
        return Long.parseLong(location.replaceAll(".*/admin/stories/(\\d+).*", "$1"));
    }

    @Test
    void reporterWritesAndSubmitsAndAnEditorPublishesToEveryPage() {
        Section section = fixtures.section("محليات");
        StaffSession reporter = as(Role.REPORTER);

        Document editor = reporter.page("/admin/stories/new");
        for (String type : List.of("heading", "quote", "list", "related", "embed")) {
            HttpResponse<String> added = reporter.submit(editor, "#story-form", Map.of(), "add:" + type);
            assertThat(added.statusCode()).isEqualTo(200);
            editor = Jsoup.parse(added.body(), "http://localhost:" + port + "/admin/stories/new");
        }
        assertThat(editor.select("#story-form fieldset.block")).hasSize(6);

        HttpResponse<String> saved = reporter.submit(editor, "#story-form", Map.ofEntries(
                Map.entry("headline", "خبر كتبه المراسل من لوحة التحرير"),
                Map.entry("sectionId", String.valueOf(section.id())),
                Map.entry("newAuthors", "مراسل ضيف"),
                Map.entry("newTags", "وسم من المحرر"),
                Map.entry("block.0.html", "فقرة <b>أولى</b> من الخبر."),
                Map.entry("block.1.text", "عنوان فرعي"),
                Map.entry("block.2.text", "اقتباس مهم"), Map.entry("block.2.speaker", "متحدث"),
                Map.entry("block.3.items", "أول\nثان"),
                Map.entry("block.5.url", "https://www.youtube.com/watch?v=abc")), "submit");
        long id = idFrom(saved);
        assertThat(status(id)).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(get("/a/" + id).statusCode()).isEqualTo(404);

        StaffSession editorSession = as(Role.EDITOR);
        Document review = editorSession.page("/admin/stories/" + id);
        assertThat(review.selectFirst("#headline").val()).isEqualTo("خبر كتبه المراسل من لوحة التحرير");
        idFrom(editorSession.submit(review, "#story-form", Map.of(), "publish"));

        String url = transaction.execute(s -> Permalinks.article(articles.findPublished(id).orElseThrow()));
        Document story = page(url);
        assertThat(story.selectFirst("h1").text()).isEqualTo("خبر كتبه المراسل من لوحة التحرير");
        assertThat(story.select(".story__body h2").eachText()).contains("عنوان فرعي");
        assertThat(story.selectFirst(".byline a").text()).isEqualTo("مراسل ضيف");
        assertThat(story.select(".story__body .embed a").attr("href")).isEqualTo("https://www.youtube.com/watch?v=abc");
        assertThat(page("/").select("a").eachAttr("href")).contains(url);
        assertThat(page(Permalinks.section(section)).select(".card__title a").eachText())
                .contains("خبر كتبه المراسل من لوحة التحرير");

        Document log = editorSession.page("/admin/stories/" + id);
        assertThat(log.text()).contains("أرسله للمراجعة", "نشره");
    }

    @Test
    void editorsAreToldOnEveryPageHowManyStoriesWaitForThemAndReportersAreNot() {
        Section section = fixtures.section("سياسة");
        StaffSession reporter = as(Role.REPORTER);
        StaffSession editor = as(Role.EDITOR);
        long waiting = desk.awaitingReview();
        idFrom(reporter.submit(reporter.page("/admin/stories/new"), "#story-form", Map.of("headline", "خبر للمحررين",
                "sectionId", String.valueOf(section.id()), "block.0.html", "نص"), "submit"));

        String told = Messages.text("admin.nav.review", waiting + 1, String.valueOf(waiting + 1));
        for (String page : List.of("/admin/stories", "/admin/media")) {
            var link = editor.page(page).select(".admin-bar nav a[href='/admin/stories?status=1']");
            assertThat(link.text()).as(page).isEqualTo(told);
        }
        assertThat(reporter.page("/admin/stories").select(".admin-bar nav a[href='/admin/stories?status=1']")).isEmpty();
        assertThat(Messages.text("admin.nav.review", 3, "3")).isEqualTo("3 أخبار للمراجعة");
    }

    @Test
    void mineListsOnlyTheStoriesTheSignedInPersonWroteInTheListAndInItsSearch() {
        Section section = fixtures.section("سياسة");
        StaffSession reporter = as(Role.REPORTER);
        StaffSession editor = as(Role.EDITOR);
        String words = "أخباري" + Fixtures.unique();
        for (StaffSession who : List.of(reporter, editor)) {
            idFrom(who.submit(who.page("/admin/stories/new"), "#story-form", Map.of("headline",
                    words + (who == reporter ? " بقلم المراسل" : " بقلم المحرر"), "sectionId", String.valueOf(section.id()),
                    "block.0.html", "نص"), "save"));
        }
        fixtures.article(section).headline(words + " منشور لغيرهما").save();

        assertThat(headlines(editor, "/admin/stories")).contains(words + " بقلم المراسل", words + " بقلم المحرر",
                words + " منشور لغيرهما");
        String search = "&q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
        for (String query : List.of("", search)) {
            assertThat(headlines(editor, "/admin/stories?mine=1" + query)).as(query)
                    .contains(words + " بقلم المحرر").doesNotContain(words + " بقلم المراسل", words + " منشور لغيرهما");
            assertThat(headlines(reporter, "/admin/stories?mine=1" + query)).as(query)
                    .contains(words + " بقلم المراسل").doesNotContain(words + " بقلم المحرر", words + " منشور لغيرهما");
        }
        assertThat(editor.page("/admin/stories?mine=1").select("input[name=mine]").hasAttr("checked")).isTrue();
    }

    @Test
    void theRelatedNewsBoxShowsItsStoriesByHeadlineAndNoUnpublishedOnesHeadline() {
        Section section = fixtures.section("سياسة");
        Article published = fixtures.article(section).headline("خبر منشور يُربط به").save();
        Article draft = fixtures.article(section).headline("مسودة لا يُكشف عنوانها").draft().save();
        StaffSession reporter = as(Role.REPORTER);
        long id = idFrom(reporter.submit(reporter.page("/admin/stories/new"), "#story-form", Map.of("headline", "خبر فيه صندوق",
                "sectionId", String.valueOf(section.id()), "block.0.type", "related",
                "block.0.articles", published.id() + " " + draft.id()), "save"));

        var picked = reporter.page("/admin/stories/" + id).select("#story-form ul.picked li");
        assertThat(picked.eachText()).containsExactly("خبر منشور يُربط به",
                "الخبر " + draft.id() + " غير منشور أو غير موجود");
        assertThat(picked.eachAttr("data-id")).containsExactly(String.valueOf(published.id()), String.valueOf(draft.id()));
    }

    private static List<String> headlines(StaffSession who, String path) {
        return who.page(path).select("tbody td:nth-child(2) a").eachText();
    }

    @Test
    void reporterCannotPublishOrTouchSomeoneElsesStory() {
        Section section = fixtures.section("سياسة");
        StaffSession reporter = as(Role.REPORTER);
        Document editor = reporter.page("/admin/stories/new");
        long own = idFrom(reporter.submit(editor, "#story-form", Map.of("headline", "مسودة المراسل",
                "sectionId", String.valueOf(section.id()), "block.0.html", "نص"), "save"));
        assertThat(editor.select("button[value=publish]")).isEmpty();

        Document mine = reporter.page("/admin/stories/" + own);
        HttpResponse<String> publish = reporter.submit(mine, "#story-form", Map.of(), "publish");
        assertThat(publish.statusCode()).isEqualTo(403);
        assertThat(publish.body()).contains("النشر وإلغاؤه وجدولته من صلاحيات المحررين");
        assertThat(status(own)).isEqualTo(ArticleStatus.DRAFT);

        Article others = fixtures.article(section).draft().save();
        assertThat(reporter.get("/admin/stories/" + others.id()).statusCode()).isEqualTo(403);
    }

    @Test
    void secondEditorSavingAStaleVersionGetsAConflictAndLosesNothing() {
        Section section = fixtures.section("اقتصاد");
        StaffSession first = as(Role.EDITOR);
        long id = idFrom(first.submit(first.page("/admin/stories/new"), "#story-form", Map.of("headline", "العنوان الأصلي",
                "sectionId", String.valueOf(section.id()), "block.0.html", "النص الأصلي"), "save"));
        StaffSession second = as(Role.EDITOR);

        Document firstView = first.page("/admin/stories/" + id);
        Document secondView = second.page("/admin/stories/" + id);
        idFrom(first.submit(firstView, "#story-form", Map.of("headline", "عنوان المحرر الأول"), "save"));
        HttpResponse<String> conflict = second.submit(secondView, "#story-form",
                Map.of("headline", "عنوان المحرر الثاني", "block.0.html", "نص كتبه الثاني"), "save");

        assertThat(conflict.statusCode()).isEqualTo(409);
        Document page = withLocation(Jsoup.parse(conflict.body()), id);
        assertThat(page.selectFirst("#headline").val()).isEqualTo("عنوان المحرر الثاني");
        assertThat(page.selectFirst("textarea[name=block.0.html]").text()).isEqualTo("نص كتبه الثاني");
        assertThat(page.text()).contains("عنوان المحرر الأول", "حفظ شخص آخر هذا الخبر");
        assertThat(headline(id)).isEqualTo("عنوان المحرر الأول");

        HttpResponse<String> again = second.submit(withLocation(page, id), "#story-form", Map.of(), "save");
        assertThat(again.statusCode()).as("saving again never overwrites the other version").isEqualTo(409);
        assertThat(headline(id)).isEqualTo("عنوان المحرر الأول");

        var choices = new java.util.ArrayList<>(page.select(".merge__row input[type=radio]").stream()
                .map(r -> r.attr("name")).distinct().map(name -> Map.entry(name, "mine")).toList());
        choices.add(Map.entry("theirsVersion", page.selectFirst("input[name=theirsVersion]").val()));
        HttpResponse<String> resolved = second.submit(withLocation(page, id), "#story-form", Map.ofEntries(
                choices.toArray(Map.Entry[]::new)), "merge");
        assertThat(resolved.statusCode()).isEqualTo(302);
        assertThat(headline(id)).isEqualTo("عنوان المحرر الثاني");
        assertThat(articles.findById(id).orElseThrow().body().plainText()).contains("نص كتبه الثاني");
    }

    @Test
    void keepsARevisionForEverySaveShowsTheWordsThatChangedAndRestores() {
        Section section = fixtures.section("ثقافة");
        StaffSession editor = as(Role.EDITOR);
        long id = idFrom(editor.submit(editor.page("/admin/stories/new"), "#story-form", Map.of("headline", "عنوان أول",
                "sectionId", String.valueOf(section.id()), "block.0.html", "الكلمة القديمة هنا"), "save"));
        idFrom(editor.submit(editor.page("/admin/stories/" + id), "#story-form",
                Map.of("block.0.html", "الكلمة الجديدة هنا"), "save"));

        Document revisions = editor.page("/admin/stories/" + id + "/revisions");
        assertThat(revisions.select("tbody tr")).hasSize(2);
        assertThat(revisions.select(".diff del").eachText()).contains("القديمة");
        assertThat(revisions.select(".diff ins").eachText()).contains("الجديدة");

        HttpResponse<String> restored = editor.post("/admin/stories/" + id + "/revisions/1/restore", List.of());
        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(editor.page("/admin/stories/" + id).selectFirst("textarea[name=block.0.html]").text())
                .isEqualTo("الكلمة القديمة هنا");
        assertThat(editor.page("/admin/stories/" + id + "/revisions").select("tbody tr")).hasSize(3);
    }

    @Test
    void showsEditorsWhatIsWrongNextToTheFieldAndSavesNothing() {
        Section section = fixtures.section("رياضة");
        StaffSession editor = as(Role.EDITOR);
        long before = articles.count();
        HttpResponse<String> refused = editor.submit(editor.page("/admin/stories/new"), "#story-form", Map.of(
                "headline", "", "sectionId", String.valueOf(section.id()), "block.0.html", "<script>x</script>نص"), "save");
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("fieldset.block .error").text()).contains("<script>");

        HttpResponse<String> noHeadline = editor.submit(editor.page("/admin/stories/new"), "#story-form", Map.of(
                "headline", " ", "sectionId", String.valueOf(section.id()), "block.0.html", "نص"), "save");
        assertThat(Jsoup.parse(noHeadline.body()).selectFirst("#headline-error").text()).isEqualTo("العنوان مطلوب");

        HttpResponse<String> past = editor.submit(editor.page("/admin/stories/new"), "#story-form", Map.of(
                "headline", "خبر مجدول في الماضي", "sectionId", String.valueOf(section.id()), "block.0.html", "نص",
                "scheduleAt", "2020-01-01T10:00"), "schedule");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(past.body()).text()).contains("موعد النشر يجب أن يكون في المستقبل");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void aScheduledStoryWhoseEmbargoMovedPastItsTimeWaitsForItAndHoldsNoOtherBack() throws InterruptedException {
        Section section = fixtures.section("مجدولة");
        Article embargoed = fixtures.article(section).headline("خبر حظره تأخر").draft().save();
        Article other = fixtures.article(section).headline("خبر مجدول معه").draft().save();
        Instant embargo = Instant.now().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // both came due a minute ago; the first one's embargo was moved two hours on after it was scheduled
        for (Article story : List.of(embargoed, other)) {
            jdbc.update("update article set status = 'SCHEDULED', scheduled_at = ? where id = ?",
                    java.sql.Timestamp.from(Instant.now().minusSeconds(60)), story.id());
        }
        jdbc.update("update article set embargo_until = ? where id = ?", java.sql.Timestamp.from(embargo), embargoed.id());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (status(other.id()) != ArticleStatus.PUBLISHED && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(status(other.id())).isEqualTo(ArticleStatus.PUBLISHED);
        Article waiting = articles.findById(embargoed.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(waiting.scheduledAt()).isEqualTo(embargo);
        assertThat(as(Role.EDITOR).page("/admin/stories/" + embargoed.id()).text()).contains("أجّل نشره المجدول حتى انتهاء الحظر");
    }

    @Test
    void publishesAScheduledStoryWhenItsTimeComesAndOnlyOnce() throws InterruptedException {
        Section section = fixtures.section("علوم");
        StaffUser editor = fixtures.staff(Role.EDITOR);
        Article draft = fixtures.article(section).headline("خبر مجدول").draft().save();
        desk.schedule(Actor.of(editor), draft.id(), Instant.now().plusSeconds(2));
        assertThat(get("/a/" + draft.id()).statusCode()).isEqualTo(404);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (get("/a/" + draft.id()).statusCode() != 301 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(get("/a/" + draft.id()).statusCode()).isEqualTo(301);
        assertThat(desk.publishDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where article_id = ? and action = 'PUBLISHED'",
                Long.class, draft.id())).isEqualTo(1);
    }

    @Test
    void previewShowsADraftToStaffWhoMaySeeItOnly() {
        Section section = fixtures.section("صحة");
        Article draft = fixtures.article(section).headline("مسودة للمعاينة").draft().save();
        HttpResponse<String> anonymous = get("/preview/" + draft.id());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");

        HttpResponse<String> notTheirs = as(Role.CONTRIBUTOR).get("/preview/" + draft.id());
        assertThat(notTheirs.statusCode()).isEqualTo(403);
        assertThat(notTheirs.body()).contains("هذا الخبر ليس لك ولم يُنشر بعد").doesNotContain("مسودة للمعاينة");

        Document preview = as(Role.EDITOR).page("/preview/" + draft.id());
        assertThat(preview.selectFirst("h1").text()).isEqualTo("مسودة للمعاينة");
        assertThat(preview.selectFirst(".preview-banner").text()).isEqualTo("معاينة — غير منشور");
    }

    @Test
    void autosavesADraftAndStopsWhenSomeoneElseSaved() {
        Section section = fixtures.section("تلقائي");
        StaffSession editor = as(Role.EDITOR);
        long id = idFrom(editor.submit(editor.page("/admin/stories/new"), "#story-form", Map.of("headline", "قبل الحفظ التلقائي",
                "sectionId", String.valueOf(section.id()), "block.0.html", "نص"), "save"));
        Document page = editor.page("/admin/stories/" + id);
        HttpResponse<String> saved = editor.submit(withLocation(page, id), "#story-form",
                Map.of("headline", "بعد الحفظ التلقائي"), "autosave-ignored");
        assertThat(saved.statusCode()).isEqualTo(400);

        var fields = new java.util.ArrayList<Map.Entry<String, String>>();
        ((org.jsoup.nodes.FormElement) page.selectFirst("#story-form")).formData()
                .forEach(kv -> fields.add(Map.entry(kv.key(), kv.key().equals("headline") ? "بعد الحفظ التلقائي" : kv.value())));
        HttpResponse<String> autosaved = editor.postRaw("/admin/stories/" + id + "/autosave", fields);
        assertThat(autosaved.statusCode()).isEqualTo(200);
        assertThat(autosaved.body()).contains("\"version\"");
        assertThat(headline(id)).isEqualTo("بعد الحفظ التلقائي");

        HttpResponse<String> stale = editor.postRaw("/admin/stories/" + id + "/autosave", fields);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("حفظ شخص آخر");
    }

    @Test
    void findsPublishedStoriesForTheRelatedNewsPicker() {
        Section section = fixtures.section("منتقى");
        Article story = fixtures.article(section).headline("افتتاح المكتبة الوطنية الجديدة").save();
        fixtures.article(section).headline("افتتاح مسودة لم تنشر").draft().save();
        StaffSession editor = as(Role.EDITOR);
        HttpResponse<String> found = editor.get("/admin/stories/lookup?q=" + java.net.URLEncoder.encode("افتتاح",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"id\":" + story.id(), "افتتاح المكتبة الوطنية الجديدة").doesNotContain("مسودة لم تنشر");
    }

    @Test
    void uploadsALeadImageWithTheStoryInOneSave() {
        Section section = fixtures.section("صور رئيسية");
        StaffSession reporter = as(Role.REPORTER);
        reporter.get("/admin/stories/new");
        HttpResponse<String> noCredit = reporter.upload("/admin/stories", Map.of("action", "save", "headline", "خبر بصورة",
                "sectionId", String.valueOf(section.id()), "block.0.type", "paragraph", "block.0.html", "نص",
                "leadAlt", "صورة الخبر"), "leadUpload", "lead.png", Fixtures.png(800, 450));
        assertThat(noCredit.statusCode()).isEqualTo(400);
        assertThat(noCredit.body()).contains("الصورة الرئيسية تحتاج إلى مصدر");

        reporter.get("/admin/stories/new");
        HttpResponse<String> saved = reporter.upload("/admin/stories", Map.of("action", "save", "headline", "خبر بصورة",
                "sectionId", String.valueOf(section.id()), "block.0.type", "paragraph", "block.0.html", "نص",
                "leadAlt", "صورة الخبر", "leadCaption", "تعليق", "leadCredit", "رويترز"), "leadUpload", "lead.png",
                Fixtures.png(800, 450));
        long id = idFrom(saved);
        String credit = transaction.execute(s -> articles.findWithDetails(id).orElseThrow().leadMedia().credit());
        assertThat(credit).isEqualTo("رويترز");
    }

    @Test
    void keepsStaffSessionsInTheDatabase() {
        StaffSession editor = as(Role.EDITOR);
        editor.page("/admin/stories");
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isPositive();
    }
}
