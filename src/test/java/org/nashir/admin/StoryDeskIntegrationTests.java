package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Permalinks;
import org.nashir.article.Stories;
import org.nashir.article.StoryDraft;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.section.Section;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.nashir.security.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stories list as a desk: its columns, bulk actions, the trash, the calendar, and what the newsroom is told. */
class StoryDeskIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleDesk desk;
    @Autowired
    Stories stories;
    @Autowired
    JdbcTemplate jdbc;

    private record Person(StaffUser user, StaffSession session) {
        Actor actor() {
            return new Actor(user.id(), user.username(), user.role());
        }
    }

    private Person person(Role role) {
        StaffUser user = fixtures.staff(role);
        return new Person(user, StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD));
    }

    private Article written(Person by, Section section, String headline) {
        return desk.create(by.actor(), new StoryDraft(headline, null, null, section.id(), null, null, null, null,
                new Body(List.of(new Block.Paragraph("نص " + headline))), false, null, null, null));
    }

    private ArticleStatus status(long id) {
        return stories.find(id).orElseThrow().status();
    }

    @Test
    void aTrashedStoryLeavesTheSiteAndTheListAndComesBackAsADraftWithin30Days() {
        Section section = fixtures.section("قسم " + Fixtures.unique());
        Article published = fixtures.article(section).headline("خبر يُحذف ويُستعاد " + Fixtures.unique()).save();
        String address = Permalinks.article(published);
        assertThat(get(address).statusCode()).isEqualTo(200);
        Person editor = person(Role.EDITOR);

        editor.session().page("/admin/stories/" + published.id());
        HttpResponse<String> trashed = editor.session().post("/admin/stories/" + published.id() + "/delete", List.of());
        assertThat(trashed.statusCode()).isEqualTo(302);
        assertThat(status(published.id())).isEqualTo(ArticleStatus.TRASHED);
        assertThat(get(address).statusCode()).as("readers no longer find it").isIn(404, 410);
        assertThat(editor.session().page("/admin/stories?section=" + section.id()).select("tbody a").eachText()).isEmpty();
        Document trash = editor.session().page("/admin/stories?status=" + ArticleStatus.TRASHED.ordinal() + "&section=" + section.id());
        assertThat(trash.select("tbody a").eachText()).containsExactly(published.headline());
        assertThat(trash.select("thead").text()).contains("يُحذف نهائياً في");

        Document page = editor.session().page("/admin/stories/" + published.id());
        assertThat(page.select(".panel--warning h2").text()).isEqualTo("هذا الخبر في المحذوفات");
        HttpResponse<String> restored = editor.session().submit(page, ".panel--warning form", Map.of(), "untrash");
        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(status(published.id())).isEqualTo(ArticleStatus.DRAFT);
        assertThat(get(address).statusCode()).as("restored as a draft, not published again").isIn(404, 410);
    }

    @Test
    void aReporterTrashesTheirOwnDraftButNotAPublishedStoryAndOnlyEditorsDeleteForGood() {
        Section section = fixtures.section("قسم " + Fixtures.unique());
        Person reporter = person(Role.REPORTER);
        Article draft = written(reporter, section, "مسودة المراسل");
        reporter.session().page("/admin/stories/" + draft.id());
        assertThat(reporter.session().post("/admin/stories/" + draft.id() + "/delete", List.of()).statusCode()).isEqualTo(302);
        assertThat(status(draft.id())).isEqualTo(ArticleStatus.TRASHED);
        assertThat(reporter.session().post("/admin/stories/" + draft.id() + "/purge", List.of()).statusCode()).isEqualTo(403);

        Article mineLive = written(reporter, section, "خبر المراسل المنشور");
        Person editor = person(Role.EDITOR);
        desk.publish(editor.actor(), mineLive.id());
        reporter.session().page("/admin/stories/" + mineLive.id());
        assertThat(reporter.session().page("/admin/stories/" + mineLive.id()).select("button[formaction$='/delete']")).isEmpty();
        HttpResponse<String> refused = reporter.session().post("/admin/stories/" + mineLive.id() + "/delete", List.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("ينقل المحررون الخبر المنشور");

        editor.session().page("/admin/stories/" + mineLive.id());
        HttpResponse<String> notTrashed = editor.session().post("/admin/stories/" + mineLive.id() + "/purge", List.of());
        assertThat(notTrashed.statusCode()).isEqualTo(409);
        assertThat(notTrashed.body()).contains("يُحذف الخبر نهائياً من المحذوفات فقط");
        assertThat(editor.session().post("/admin/stories/" + draft.id() + "/purge", List.of()).statusCode()).isEqualTo(302);
        assertThat(stories.find(draft.id())).isEmpty();
    }

    @Test
    void theTrashEmptiesItselfOfWhatHasBeenThereThirtyDays() {
        Section section = fixtures.section("قسم " + Fixtures.unique());
        Person editor = person(Role.EDITOR);
        Article old = fixtures.article(section).headline("في المحذوفات منذ شهر").save();
        Article recent = fixtures.article(section).headline("في المحذوفات منذ يوم").save();
        desk.trash(editor.actor(), old.id());
        desk.trash(editor.actor(), recent.id());
        jdbc.update("update article set trashed_at = ? where id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(31))), old.id());
        jdbc.update("update article set trashed_at = ? where id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(29))), recent.id());

        assertThat(desk.emptyTrash()).isGreaterThanOrEqualTo(1);
        assertThat(stories.find(old.id())).isEmpty();
        assertThat(stories.find(recent.id())).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where article_id = ? and action = 'DELETED' and actor = 'system'",
                Long.class, old.id())).isEqualTo(1);
    }

    @Test
    void bulkActionsMoveUnpublishAndTrashWhatIsTickedAndSayWhatCouldNotBeDone() {
        Section from = fixtures.section("من " + Fixtures.unique());
        Section to = fixtures.section("إلى " + Fixtures.unique());
        Article one = fixtures.article(from).headline("الأول في الدفعة").save();
        Article two = fixtures.article(from).headline("الثاني في الدفعة").save();
        Article draft = fixtures.article(from).headline("مسودة في الدفعة").draft().save();
        Person editor = person(Role.EDITOR);
        StaffSession session = editor.session();

        Document list = session.page("/admin/stories?section=" + from.id());
        assertThat(list.select("input[name=ids][form=bulk]")).hasSize(3);
        HttpResponse<String> moved = session.post("/admin/stories/bulk", List.of(Map.entry("ids", String.valueOf(one.id())),
                Map.entry("ids", String.valueOf(two.id())), Map.entry("bulk", "move"), Map.entry("section", String.valueOf(to.id())),
                Map.entry("back", "?section=" + from.id())));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/stories?section=" + from.id());
        assertThat(session.page("/admin/stories?section=" + from.id()).select(".notice").text()).isEqualTo("أُنجز الإجراء: خبران.");
        assertThat(jdbc.queryForObject("select section_id from article where id = ?", Long.class, one.id())).isEqualTo(to.id());
        assertThat(get(Permalinks.article(stories.withDetails(one.id()).orElseThrow())).body()).contains(to.name());

        session.page("/admin/stories");
        session.post("/admin/stories/bulk", List.of(Map.entry("ids", String.valueOf(one.id())),
                Map.entry("ids", String.valueOf(draft.id())), Map.entry("bulk", "unpublish")));
        assertThat(session.page("/admin/stories").select(".notice").text())
                .isEqualTo("أُنجز الإجراء: خبر واحد. وتعذّر في «مسودة في الدفعة»: الخبر غير منشور ولا مجدول");
        assertThat(status(one.id())).isEqualTo(ArticleStatus.UNPUBLISHED);

        session.page("/admin/stories");
        session.post("/admin/stories/bulk", List.of(Map.entry("ids", String.valueOf(two.id())), Map.entry("bulk", "trash")));
        assertThat(status(two.id())).isEqualTo(ArticleStatus.TRASHED);

        session.page("/admin/stories");
        HttpResponse<String> none = session.post("/admin/stories/bulk", List.of(Map.entry("bulk", "trash")));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("لم تختر أي خبر من القائمة");
        session.page("/admin/stories");
        assertThat(session.post("/admin/stories/bulk", List.of(Map.entry("ids", String.valueOf(one.id())),
                Map.entry("bulk", "move"), Map.entry("section", "x"))).statusCode()).isEqualTo(400);
        session.page("/admin/stories");
        HttpResponse<String> elsewhere = session.post("/admin/stories/bulk", List.of(Map.entry("ids", String.valueOf(one.id())),
                Map.entry("bulk", "trash"), Map.entry("back", "//evil.example/")));
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/admin/stories");

        Person reporter = person(Role.REPORTER);
        reporter.session().page("/admin/stories");
        reporter.session().post("/admin/stories/bulk", List.of(Map.entry("ids", String.valueOf(draft.id())),
                Map.entry("bulk", "move"), Map.entry("section", String.valueOf(to.id()))));
        assertThat(reporter.session().page("/admin/stories").select(".notice").text()).startsWith("أُنجز الإجراء: لا أخبار.")
                .contains("وتعذّر في «الخبر " + draft.id() + "»");
    }

    @Test
    void theListShowsBylinesTheScheduledTimeInTheSitesZoneAndWhoSavedLast() {
        fixtures.settings(s -> { });
        Section section = fixtures.section("قسم " + Fixtures.unique());
        Person reporter = person(Role.REPORTER);
        Person editor = person(Role.EDITOR);
        var author = fixtures.author("كاتب العمود", null, null);
        Article story = desk.create(reporter.actor(), new StoryDraft("خبر مجدول للقائمة", null, null, section.id(), null,
                List.of(author.id()), null, null, new Body(List.of(new Block.Paragraph("نص"))), false, null, null, null));
        ZoneId zone = ZoneId.of("Asia/Riyadh");
        Instant at = LocalDateTime.now(zone).plusDays(2).withHour(9).withMinute(30).withSecond(0).withNano(0).atZone(zone).toInstant();
        desk.schedule(editor.actor(), story.id(), at);

        Document list = editor.session().page("/admin/stories?section=" + section.id());
        var cells = list.select("tbody tr").first().select("td").stream().map(org.jsoup.nodes.Element::text).toList();
        assertThat(cells.get(1)).isEqualTo("خبر مجدول للقائمة");
        assertThat(cells.get(4)).startsWith("كاتب العمود");
        assertThat(cells.get(5)).endsWith("9:30 ص");
        assertThat(cells.get(6)).isEqualTo("موظف مراسل");
    }

    @Test
    void editorsAreToldOfAStorySentForReviewWithItsNoteAndTheWriterOfItsReturn() {
        Section section = fixtures.section("قسم " + Fixtures.unique());
        Person reporter = person(Role.REPORTER);
        Person editor = person(Role.EDITOR);
        Article story = written(reporter, section, "خبر ينتظر المحرر " + Fixtures.unique());
        Document page = reporter.session().page("/admin/stories/" + story.id());
        HttpResponse<String> sent = reporter.session().submit(page, "#story-form",
                Map.of("note", "الأرقام من وزارة المالية، تأكدت منها صباحاً"), "submit");
        assertThat(sent.statusCode()).isEqualTo(302);

        Document anyPage = editor.session().page("/admin/stories");
        assertThat(anyPage.select("nav a[href='/admin/notices']").text()).matches("التنبيهات \\(\\d+\\)");
        Document notices = editor.session().page("/admin/notices");
        var line = notices.select(".notices li").stream().filter(li -> li.text().contains(story.headline())).findFirst().orElseThrow();
        assertThat(line.select(".notices__note").text()).isEqualTo("الأرقام من وزارة المالية، تأكدت منها صباحاً");
        assertThat(line.hasClass("notices__fresh")).isTrue();
        assertThat(line.text()).contains("موظف مراسل");
        assertThat(editor.session().page("/admin/stories").select("nav a[href='/admin/notices']").text())
                .as("read once shown").isEqualTo("التنبيهات");
        assertThat(editor.session().page("/admin/stories/" + story.id()).select("aside ul li").text())
                .contains("«الأرقام من وزارة المالية، تأكدت منها صباحاً»");

        Document review = editor.session().page("/admin/stories/" + story.id());
        editor.session().submit(review, "#story-form", Map.of("note", "أضف تعليق الوزارة قبل النشر"), "draft");
        assertThat(reporter.session().page("/admin/stories").select("nav a[href='/admin/notices']").text()).isEqualTo("التنبيهات (1)");
        Document told = reporter.session().page("/admin/notices");
        assertThat(told.select(".notices__note").eachText()).containsExactly("أضف تعليق الوزارة قبل النشر");

        HttpResponse<String> tooLong = reporter.session().submit(reporter.session().page("/admin/stories/" + story.id()),
                "#story-form", Map.of("note", "ط".repeat(501)), "submit");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("الملاحظة أطول من 500 حرفاً");
        assertThat(status(story.id())).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void theCalendarPutsScheduledStoriesAndEmbargoesOnTheirDayInTheSitesZone() {
        fixtures.settings(s -> { });
        Section section = fixtures.section("قسم " + Fixtures.unique());
        Person editor = person(Role.EDITOR);
        ZoneId zone = ZoneId.of("Asia/Riyadh");
        LocalDateTime nextMonth = LocalDateTime.now(zone).plusMonths(1).withDayOfMonth(10).withHour(1).withMinute(15)
                .withSecond(0).withNano(0);
        // 01:15 in Riyadh on the 10th is still the 9th in UTC: the day is the site's
        Article scheduled = fixtures.article(section).headline("يُنشر في العاشر").draft().save();
        desk.schedule(editor.actor(), scheduled.id(), nextMonth.atZone(zone).toInstant());
        Article embargoed = desk.create(editor.actor(), new StoryDraft("محظور حتى الحادي عشر", null, null, section.id(), null,
                null, null, null, new Body(List.of(new Block.Paragraph("نص"))), false,
                nextMonth.plusDays(1).plusHours(12).atZone(zone).toInstant(), null, null));
        Person reporter = person(Role.REPORTER);

        String month = nextMonth.getYear() + "-" + String.format("%02d", nextMonth.getMonthValue());
        Document calendar = editor.session().page("/admin/stories/calendar?month=" + month);
        var days = calendar.select(".calendar__day");
        assertThat(days.get(9).select("a").eachText()).contains("يُنشر في العاشر");
        assertThat(days.get(9).select(".status").text()).contains("يُنشر 1:15 ص");
        assertThat(days.get(10).select("a").eachText()).contains("محظور حتى الحادي عشر");
        assertThat(days.get(10).select(".status").text()).contains("يُرفع الحظر 1:15 م");
        assertThat(calendar.select(".calendar__blank")).hasSizeLessThan(7);
        assertThat(reporter.session().page("/admin/stories/calendar?month=" + month).select(".calendar a").eachText())
                .as("a reporter sees no one else's unpublished stories").doesNotContain("يُنشر في العاشر", "محظور حتى الحادي عشر");
        Document wrong = editor.session().page("/admin/stories/calendar?month=2026-13");
        assertThat(wrong.select("[role=alert]").text()).isEqualTo("الشهر «2026-13» غير صحيح؛ يُعرض الشهر الحالي.");
        List<String> links = new ArrayList<>(calendar.select(".pagination a").eachAttr("href"));
        assertThat(links).hasSize(2);
    }

    @Test
    void theLivePreviewDrawsTheFormAsTypedSavesNothingAndIsFramedOnlyByTheEditor() {
        Section section = fixtures.section("قسم " + Fixtures.unique());
        Person reporter = person(Role.REPORTER);
        Article mine = written(reporter, section, "خبر المعاينة الحية");
        long version = stories.find(mine.id()).orElseThrow().version();
        reporter.session().page("/admin/stories/" + mine.id());
        HttpResponse<String> live = reporter.session().postRaw("/admin/stories/" + mine.id() + "/live-preview", List.of(
                Map.entry("_csrf", reporter.session().csrf()), Map.entry("headline", "عنوان لم يُحفظ بعد"),
                Map.entry("sectionId", String.valueOf(section.id())), Map.entry("block.0.type", "paragraph"),
                Map.entry("block.0.html", "فقرة <b>معاينة</b>"), Map.entry("version", String.valueOf(version))));
        assertThat(live.statusCode()).isEqualTo(200);
        Document drawn = org.jsoup.Jsoup.parse(live.body());
        assertThat(drawn.select("h1").text()).isEqualTo("عنوان لم يُحفظ بعد");
        assertThat(drawn.select(".story__body b").text()).isEqualTo("معاينة");
        assertThat(drawn.text()).contains("معاينة حية لما تكتبه — لم يُحفظ بعد");
        assertThat(live.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'self'");
        assertThat(live.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(live.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(stories.find(mine.id()).orElseThrow().headline()).isEqualTo("خبر المعاينة الحية");
        assertThat(stories.find(mine.id()).orElseThrow().version()).isEqualTo(version);

        Person other = person(Role.REPORTER);
        other.session().page("/admin/stories");
        assertThat(other.session().post("/admin/stories/" + mine.id() + "/live-preview", List.of(
                Map.entry("headline", "ليس لي"), Map.entry("sectionId", String.valueOf(section.id())))).statusCode()).isEqualTo(403);
        assertThat(get("/admin/stories").headers().firstValue("Content-Security-Policy").orElse(""))
                .as("every other page is framed by nobody").contains("frame-ancestors 'none'");
        other.session().page("/admin/stories");
        assertThat(other.session().post("/preview/unsaved", List.of()).statusCode())
                .as("the reader's side draws only what the newsroom hands over").isEqualTo(404);
    }
}
