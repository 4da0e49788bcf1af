package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.ArticleRepository;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Permalinks;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.security.Role;
import org.nashir.shared.Slugs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the newsroom writes is not lost, leaked or published by accident: a live story's edits wait as a pending
 * version, everyone sees only what is theirs to see, and a save keeps what it did not touch.
 */
class SafeNewsroomIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleRepository articles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private Document editor(StaffSession session, long id) {
        return Jsoup.parse(session.page("/admin/stories/" + id).outerHtml(), "http://localhost:" + port + "/admin/stories/" + id);
    }

    private long write(StaffSession session, Section section, String headline, String text, String action) {
        HttpResponse<String> saved = session.submit(session.page("/admin/stories/new"), "#story-form", Map.of(
                "headline", headline, "sectionId", String.valueOf(section.id()), "block.0.html", text), action);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/stories/(\\d+).*", "$1"));
    }

    private String publicPage(long id) {
        String url = transaction.execute(s -> Permalinks.article(articles.findPublished(id).orElseThrow()));
        return page(url).selectFirst(".story__body").text();
    }

    private List<Map.Entry<String, String>> formOf(Document editor, Map<String, String> changes) {
        org.jsoup.nodes.FormElement form = (org.jsoup.nodes.FormElement) editor.selectFirst("#story-form");
        return form.formData().stream().filter(k -> !k.key().equals("action"))
                .map(k -> Map.entry(k.key(), changes.getOrDefault(k.key(), k.value()))).toList();
    }

    @Test
    void autosaveOfAPublishedStoryChangesNothingReadersSeeUntilAnEditorUpdatesIt() {
        Section section = fixtures.section("العالم");
        StaffSession editor = as(Role.EDITOR);
        long id = write(editor, section, "عاصفة تضرب الساحل " + Fixtures.unique(), "قال شهود عيان إن الرياح اقتلعت أشجاراً.", "publish");
        assertThat(publicPage(id)).isEqualTo("قال شهود عيان إن الرياح اقتلعت أشجاراً.");

        HttpResponse<String> autosaved = editor.post("/admin/stories/" + id + "/autosave",
                formOf(editor(editor, id), Map.of("block.0.html", "وقال شهود عيان إن الـ")));
        assertThat(autosaved.statusCode()).isEqualTo(200);
        assertThat(autosaved.body()).contains("نسخةً معلّقة");
        assertThat(publicPage(id)).isEqualTo("قال شهود عيان إن الرياح اقتلعت أشجاراً.");
        assertThat(get("/feed").body()).doesNotContain("وقال شهود عيان إن الـ");
        assertThat(get("/api/v1/articles/" + id).body()).doesNotContain("وقال شهود عيان إن الـ");

        Document pending = editor(editor, id);
        assertThat(pending.selectFirst("#pending-title").text()).isEqualTo("نسخة معلّقة لم تُنشر بعد");
        assertThat(pending.select(".pending ins").eachText()).anyMatch(t -> t.contains("وقال"));
        assertThat(pending.selectFirst("textarea[name=block.0.html]").text()).isEqualTo("وقال شهود عيان إن الـ");

        HttpResponse<String> saved = editor.submit(pending, "#story-form",
                Map.of("block.0.html", "وقال شهود عيان إن الرياح اقتلعت عشرات الأشجار."), "save");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(publicPage(id)).isEqualTo("قال شهود عيان إن الرياح اقتلعت أشجاراً.");
        assertThat(editor(editor, id).select("#story-form button[value=update-live]")).hasSize(1);
        assertThat(editor.page("/admin/stories/" + id + "/revisions").select("tbody tr"))
                .as("the autosave and the save that followed it are one revision").hasSize(2);

        assertThat(editor.submit(editor(editor, id), "#story-form", Map.of(), "update-live").statusCode()).isEqualTo(302);
        assertThat(publicPage(id)).isEqualTo("وقال شهود عيان إن الرياح اقتلعت عشرات الأشجار.");
        assertThat(editor(editor, id).select("#pending-title")).isEmpty();
        assertThat(editor.page("/admin/stories/" + id).text()).contains("نشر التعديل المعلّق");
    }

    @Test
    void aReportersChangeToTheirPublishedStoryWaitsForAnEditorWhoMayDiscardIt() {
        Section section = fixtures.section("محليات");
        StaffSession reporter = as(Role.REPORTER);
        long id = write(reporter, section, "افتتاح مكتبة عامة " + Fixtures.unique(), "افتتحت البلدية مكتبة جديدة.", "submit");
        StaffSession editor = as(Role.EDITOR);
        assertThat(editor.submit(editor(editor, id), "#story-form", Map.of(), "publish").statusCode()).isEqualTo(302);

        Document mine = editor(reporter, id);
        assertThat(mine.select("button[value=update-live], button[value=publish]")).isEmpty();
        assertThat(reporter.submit(mine, "#story-form", Map.of("block.0.html", "افتتحت البلدية مكتبة فيها عشرة آلاف كتاب."),
                "save").statusCode()).isEqualTo(302);
        assertThat(publicPage(id)).isEqualTo("افتتحت البلدية مكتبة جديدة.");
        assertThat(reporter.submit(editor(reporter, id), "#story-form", Map.of(), "update-live").statusCode()).isEqualTo(403);
        assertThat(publicPage(id)).isEqualTo("افتتحت البلدية مكتبة جديدة.");

        assertThat(editor.page("/admin/stories?status=" + ArticleStatus.PUBLISHED.ordinal()).text()).contains("نسخة معلّقة");
        assertThat(editor.submit(editor(editor, id), "#story-form", Map.of(), "discard").statusCode()).isEqualTo(302);
        assertThat(editor(editor, id).selectFirst("textarea[name=block.0.html]").text()).isEqualTo("افتتحت البلدية مكتبة جديدة.");
        assertThat(publicPage(id)).isEqualTo("افتتحت البلدية مكتبة جديدة.");
    }

    @Test
    void contributorsAndReportersSeeOnlyTheirOwnUnpublishedWorkInListsPreviewsAndSearch() {
        Section section = fixtures.section("ثقافة");
        String marker = "سر" + Fixtures.unique();
        StaffSession contributor = as(Role.CONTRIBUTOR);
        StaffSession reporter = as(Role.REPORTER);
        long others = write(reporter, section, "مسودة المراسل " + marker, "نص لم يُنشر", "save");
        long own = write(contributor, section, "مسودة المساهم " + marker, "نص المساهم", "save");

        assertThat(contributor.page("/admin/stories").text()).contains("مسودة المساهم " + marker)
                .doesNotContain("مسودة المراسل " + marker);
        assertThat(contributor.page("/admin/stories?q=" + marker).text()).contains("مسودة المساهم " + marker)
                .doesNotContain("مسودة المراسل " + marker);
        assertThat(contributor.get("/preview/" + others).statusCode()).isEqualTo(403);
        assertThat(contributor.get("/preview/" + others).body()).doesNotContain("نص لم يُنشر");
        assertThat(contributor.get("/admin/stories/" + others + "/revisions").statusCode()).isEqualTo(403);

        Document preview = contributor.page("/preview/" + own);
        assertThat(preview.selectFirst(".preview-banner").text()).isEqualTo("معاينة — غير منشور");
        assertThat(preview.select(".story__time time")).isEmpty();
        assertThat(as(Role.EDITOR).page("/admin/stories?q=" + marker).text()).contains("مسودة المراسل " + marker,
                "مسودة المساهم " + marker);

        Document form = editor(contributor, own);
        assertThat(form.select("button[value=submit]")).hasSize(1);
        assertThat(form.select("#leadUpload")).isEmpty();
        assertThat(contributor.submit(form, "#story-form", Map.of(), "submit").statusCode()).isEqualTo(302);
        assertThat(articles.findById(own).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void savingAnOldStoryKeepsItsLeadAndBodyImagesHoweverManyNewerImagesExist() {
        Section section = fixtures.section("اقتصاد");
        MediaAsset old = fixtures.image("صورة قديمة للميناء", "الميناء", "رويترز");
        StaffSession editor = as(Role.EDITOR);
        Document form = editor.page("/admin/stories/new");
        form = Jsoup.parse(editor.submit(form, "#story-form", Map.of(), "add:image").body(), "http://localhost:" + port + "/admin/stories/new");
        HttpResponse<String> saved = editor.submit(form, "#story-form", Map.of("headline", "الميناء يوسّع أرصفته " + Fixtures.unique(),
                "sectionId", String.valueOf(section.id()), "block.0.html", "نص", "leadMediaId", String.valueOf(old.id()),
                "block.1.media", String.valueOf(old.id())), "save");
        long id = Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/stories/(\\d+).*", "$1"));
        // 1,100 newer images, as a busy picture desk has after a few weeks
        String copy = "copy-" + Fixtures.unique() + "-";
        jdbc.batchUpdate("insert into media_asset (file_key, mime_type, width, height, alt_text, caption, credit, checksum, created_at)"
                + " select ?, mime_type, width, height, 'صورة أحدث', caption, credit, checksum, created_at from media_asset where id = ?",
                java.util.stream.IntStream.range(0, 1100).mapToObj(i -> new Object[] {copy + i, old.id()}).toList());
        assertThat(jdbc.queryForObject("select count(*) from media_asset where id > ?", Long.class, old.id())).isGreaterThan(1000);

        assertThat(editor.submit(editor(editor, id), "#story-form", Map.of("block.0.html", "نص معدّل"), "save").statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select lead_media_id from article where id = ?", Long.class, id)).isEqualTo(old.id());
        assertThat(articles.findById(id).orElseThrow().body().blocks().get(1)).isEqualTo(new org.nashir.article.body.Block.Image(old.id(), null, null));
    }

    @Test
    void anImpossibleDateInTheStoryListFilterIsSaidNotAServerError() {
        StaffSession editor = as(Role.EDITOR);
        HttpResponse<String> listed = editor.get("/admin/stories?from=2024-13-45");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(listed.body()).select(".error").text()).contains("غير صحيح", "2024-13-45");
    }

    @Test
    void aNewStoryNeedsOnlyAHeadlineAndCountsReadAsArabic() {
        StaffSession reporter = as(Role.REPORTER);
        fixtures.section("منوعات");
        HttpResponse<String> saved = reporter.submit(reporter.page("/admin/stories/new"), "#story-form",
                Map.of("headline", "عنوان فقط " + Fixtures.unique(), "sectionId", "", "block.0.html", ""), "save");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(reporter.page("/admin/stories").text()).containsPattern("خبر واحد|خبران|\\d+ (أخبار|خبراً|خبر)");
    }

    @Test
    void whoElseHasAStoryOpenIsToldAndATakeoverIsRecorded() {
        Section section = fixtures.section("حضور");
        StaffSession first = as(Role.EDITOR);
        StaffSession second = as(Role.EDITOR);
        long id = write(first, section, "خبر يفتحه اثنان " + Fixtures.unique(), "نص", "save");
        assertThat(first.page("/admin/stories/" + id).select("#presence-text").text()).isEmpty();

        Document seen = second.page("/admin/stories/" + id);
        assertThat(seen.selectFirst("#presence-text").text()).startsWith("هذا الخبر مفتوح للتحرير لدى ");
        assertThat(seen.select("#takeover button").text()).isEqualTo("تولَّ تحرير الخبر");
        assertThat(first.post("/admin/stories/" + id + "/presence", List.of()).body()).contains("\"youHold\":true");

        assertThat(second.post("/admin/stories/" + id + "/takeover", List.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> told = first.post("/admin/stories/" + id + "/presence", List.of());
        assertThat(told.body()).contains("\"youHold\":false", "\"holder\":\"");
        assertThat(first.page("/admin/stories/" + id).text()).contains("تولّى تحرير الخبر");

        assertThat(second.post("/admin/stories/" + id + "/presence/leave", List.of()).statusCode()).isEqualTo(204);
        assertThat(first.post("/admin/stories/" + id + "/presence", List.of()).body()).contains("\"youHold\":true");
        assertThat(as(Role.CONTRIBUTOR).post("/admin/stories/" + id + "/presence", List.of()).statusCode())
                .as("not theirs to edit, not theirs to watch").isEqualTo(403);
    }

    @Test
    void aNewStoryIsSavedAsADraftAtItsFirstAutosave() {
        fixtures.section("مسودات");
        StaffSession reporter = as(Role.REPORTER);
        String headline = "مسودة بدأت للتو " + Fixtures.unique();
        HttpResponse<String> saved = reporter.post("/admin/stories/autosave",
                formOf(reporter.page("/admin/stories/new"), Map.of("headline", headline)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        long id = Long.parseLong(saved.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        assertThat(articles.findById(id).orElseThrow().headline()).isEqualTo(headline);
        assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(reporter.page("/admin/stories").text()).contains(headline);
    }

    @Test
    void anEmbargoRefusalSaysWhenInTheSitesWordsAndKeepsWhatWasTyped() {
        Section section = fixtures.section("حظر");
        StaffSession editor = as(Role.EDITOR);
        String until = java.time.LocalDateTime.now().plusDays(2).withSecond(0).withNano(0).toString().substring(0, 16);
        HttpResponse<String> refused = editor.submit(editor.page("/admin/stories/new"), "#story-form", Map.of(
                "headline", "خبر تحت الحظر " + Fixtures.unique(), "sectionId", String.valueOf(section.id()),
                "block.0.html", "نص", "embargoUntil", until), "publish");
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("p.error").text()).contains("الخبر تحت الحظر حتى").doesNotContain("Z ", "UTC", "T0", "T1", "T2");
        assertThat(page.selectFirst("#embargoUntil").val()).isEqualTo(until);
    }

    @Test
    void aHeadlineOverTheLimitIsRefusedWithItsCountNotCut() {
        Section section = fixtures.section("عناوين");
        StaffSession editor = as(Role.EDITOR);
        String longHeadline = "كلمة ".repeat(70).strip();
        Document form = editor.page("/admin/stories/new");
        assertThat(form.selectFirst("#headline").hasAttr("maxlength")).as("the browser cuts nothing silently").isFalse();
        HttpResponse<String> refused = editor.submit(form, "#story-form", Map.of("headline", longHeadline,
                "sectionId", String.valueOf(section.id()), "block.0.html", "نص"), "save");
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("#headline-error").text()).isEqualTo("العنوان 349 حرفاً، والحد 300 حرف؛ اختصره بـ49 حرفاً");
        assertThat(page.selectFirst("#headline").val()).isEqualTo(longHeadline);
    }

    @Test
    void aNewAccountIsOfferedTheLeastPrivilegeFirst() {
        Document users = as(Role.ADMINISTRATOR).page("/admin/users");
        assertThat(users.selectFirst("#role option").text()).isEqualTo(Role.CONTRIBUTOR.arabicName());
    }

    @Test
    void comparingRevisionsShowsTheStandfirstAndSettingsWithNamesAndArabicTimes() {
        Section first = fixtures.section("قسم أول " + Fixtures.unique());
        Section second = fixtures.section("قسم ثان " + Fixtures.unique());
        StaffSession editor = as(Role.EDITOR);
        long id = write(editor, first, "خبر تتغير إعداداته " + Fixtures.unique(), "نص", "save");
        assertThat(editor.submit(editor(editor, id), "#story-form", Map.of("sectionId", String.valueOf(second.id()),
                "standfirst", "مقدمة جديدة", "breaking", "true"), "save").statusCode()).isEqualTo(302);

        Document revisions = editor.page("/admin/stories/" + id + "/revisions");
        String diff = revisions.select(".diff").text();
        assertThat(diff).contains("المقدمة", "مقدمة جديدة", "القسم", first.name(), second.name(), "عاجل");
        assertThat(revisions.select("tbody td").eachText()).contains("موظف محرر")
                .noneMatch(text -> text.matches(".*\\d{4}-\\d{2}-\\d{2}T.*"));
    }

    @Test
    void onlyAnEditorMarksAStoryBreaking() {
        Section section = fixtures.section("عاجل " + Fixtures.unique());
        StaffSession reporter = as(Role.REPORTER);
        assertThat(reporter.page("/admin/stories/new").select("input[name=breaking]")).isEmpty();
        HttpResponse<String> saved = reporter.submit(reporter.page("/admin/stories/new"), "#story-form", Map.of(
                "headline", "خبر يريده مراسله عاجلاً", "sectionId", String.valueOf(section.id()), "block.0.html", "نص",
                "breaking", "true"), "save");
        long id = Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/stories/(\\d+).*", "$1"));
        assertThat(articles.findById(id).orElseThrow().breaking()).isFalse();
    }

    @Test
    void bylinesAndTagsTypedIntoADraftStayUnlistedUntilAStoryWithThemIsPublished() {
        Section section = fixtures.section("أسماء " + Fixtures.unique());
        String m = String.valueOf(Fixtures.unique());
        StaffSession contributor = as(Role.CONTRIBUTOR);
        long id = Long.parseLong(contributor.submit(contributor.page("/admin/stories/new"), "#story-form", Map.of(
                "headline", "مسودة بأسماء جديدة " + m, "sectionId", String.valueOf(section.id()), "block.0.html", "نص",
                "newAuthors", "كاتب لم يُنشر له " + m, "newTags", "وسم لم يُنشر " + m), "save")
                .headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/stories/(\\d+).*", "$1"));
        String author = "/author/" + Slugs.encode(Slugs.slugify("كاتب لم يُنشر له " + m));
        String tag = "/tag/" + Slugs.encode(Slugs.slugify("وسم لم يُنشر " + m));
        for (String path : List.of(author, tag, author + "/feed", tag + "/feed")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(articles.listedAuthorsAfter(0, Limit.unlimited()))
                .as("the API's list of bylines").noneMatch(a -> a.name().contains(m));
        assertThat(articles.listedTagsAfter(0, Limit.unlimited()))
                .as("the API's list of tags").noneMatch(t -> t.name().contains(m));

        StaffSession editor = as(Role.EDITOR);
        assertThat(editor.submit(editor(editor, id), "#story-form", Map.of(), "publish").statusCode()).isEqualTo(302);
        for (String path : List.of(author, tag, author + "/feed", tag + "/feed")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }
}
