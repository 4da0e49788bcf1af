package org.nashir.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.Permalinks;
import org.nashir.section.Section;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Editors arrange the home page and the sections' heads; readers see each story once, and the newest fills the rest. */
class FrontPageIntegrationTests extends IntegrationTest {

    private static final String STORY_LINKS = "main .home-lead__title a, main .card__title a, main .headlines a";

    @Autowired
    FrontDesk fronts;

    @Autowired
    ArticleDesk desk;

    private Section politics;
    private Section sport;
    private Article older;
    private Article oldest;
    private Article newest;
    private Article match;

    @BeforeEach
    void stories() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        politics = fixtures.section("سياسة الواجهة " + Fixtures.unique());
        sport = fixtures.section("رياضة الواجهة " + Fixtures.unique());
        oldest = fixtures.article(politics).headline("تحليل قديم يستحق الصدارة").publishedAt(now.minus(3, ChronoUnit.DAYS)).save();
        older = fixtures.article(politics).headline("حوار الأسبوع مع وزير الخارجية").publishedAt(now.minus(1, ChronoUnit.DAYS)).save();
        match = fixtures.article(sport).headline("نتيجة مباراة الليلة").publishedAt(now.minusSeconds(60)).save();
        newest = fixtures.article(politics).headline("آخر ما وصل من البرلمان").publishedAt(now).save();
    }

    @AfterEach
    void unarrange() {
        Actor chief = Actor.of(fixtures.staff(Role.EDITOR));
        fronts.arrangeHome(chief, fronts.home().version(), Map.of(), List.of());
    }

    @Test
    void withNothingArrangedTheNewestStoryLeadsAndNoStoryShowsTwice() {
        Document home = page("/");

        assertThat(lead(home)).isEqualTo(Permalinks.article(newest));
        assertThat(home.select(STORY_LINKS).eachAttr("href")).doesNotHaveDuplicates().contains(Permalinks.article(match));
    }

    @Test
    void anEditorPutsAnOldStoryInTheLeadAndAnotherAmongTheTopStoriesAndTheNewestFillsTheRest() {
        StaffSession editor = as(Role.EDITOR);
        Document form = editor.page("/admin/front");

        HttpResponse<String> saved = editor.submit(form, "#front-form",
                Map.of("slot0", oldest.id().toString(), "slot2", older.id().toString()), "save");

        assertThat(saved.statusCode()).isEqualTo(302);
        Document home = page("/");
        assertThat(lead(home)).isEqualTo(Permalinks.article(oldest));
        List<String> top = home.select(".cards--top .card__title a").eachAttr("href");
        assertThat(top).hasSize(FrontDesk.TOP_STORIES).contains(Permalinks.article(newest));
        assertThat(top.get(1)).as("the second top story, as placed").isEqualTo(Permalinks.article(older));
        assertThat(home.select(STORY_LINKS).eachAttr("href")).doesNotHaveDuplicates();
        assertThat(editor.page("/admin/front").selectFirst("#slot0 option[selected]").val()).isEqualTo(oldest.id().toString());
    }

    @Test
    void aPickedStoryThatIsUnpublishedGivesItsPlaceToTheNewest() {
        Actor chief = Actor.of(fixtures.staff(Role.EDITOR));
        fronts.arrangeHome(chief, fronts.home().version(), Map.of(0, oldest.id()), List.of());
        assertThat(lead(page("/"))).isEqualTo(Permalinks.article(oldest));

        desk.unpublish(chief, oldest.id());

        Document home = page("/");
        assertThat(lead(home)).isEqualTo(Permalinks.article(newest));
        assertThat(home.select(STORY_LINKS).eachAttr("href")).doesNotContain(Permalinks.article(oldest));
    }

    @Test
    void sectionBlocksFollowTheEditorsOrderAndKindAndAHiddenSectionIsLeftOut() {
        for (int day = 10; day < 14; day++) {
            fixtures.article(sport).headline("تقرير رياضي").publishedAt(Instant.now().minus(day, ChronoUnit.DAYS)).save();
        }
        StaffSession editor = as(Role.EDITOR);
        Document form = editor.page("/admin/front");
        Map<String, String> changes = new HashMap<>();
        changes.put("order-" + sport.id(), "-2");
        changes.put("style-" + sport.id(), "THUMBS");
        changes.put("order-" + politics.id(), "-1");
        changes.put("style-" + politics.id(), "HIDDEN");

        assertThat(editor.submit(form, "#front-form", changes, "save").statusCode()).isEqualTo(302);

        Document home = page("/");
        assertThat(home.selectFirst("section.block--section .block__title").text())
                .as("the first section block").isEqualTo(sport.name());
        assertThat(home.selectFirst("section.block--section").hasClass("block--thumbs")).isTrue();
        assertThat(home.select("section.block--section").first().select(".card")).hasSize(FrontStyle.THUMBS.stories());
        assertThat(home.select(".block__title").eachText()).doesNotContain(politics.name());
        assertThat(editor.page("/admin/front").select(".front-block").first().attr("data-section"))
                .isEqualTo(sport.id().toString());
    }

    @Test
    void aSectionPageLeadsWithItsPinnedStoryOnceAndRefusesAStoryFromAnotherSection() {
        StaffSession editor = as(Role.EDITOR);

        HttpResponse<String> foreign = editor.submit(editor.page("/admin/front"), "#section-" + politics.id(),
                Map.of("story", match.id().toString()), "save");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("هذا الخبر ليس في قسم «" + politics.name() + "»");

        HttpResponse<String> pinned = editor.submit(editor.page("/admin/front"), "#section-" + politics.id(),
                Map.of("story", oldest.id().toString()), "save");
        assertThat(pinned.statusCode()).isEqualTo(302);

        Document section = page(Permalinks.section(politics));
        assertThat(section.selectFirst(".cards--block-lead .card__title a").attr("href")).isEqualTo(Permalinks.article(oldest));
        assertThat(section.select(".card__title a").eachAttr("href")).doesNotHaveDuplicates()
                .contains(Permalinks.article(newest));
        assertThat(page(Permalinks.sectionPage(politics, 1)).selectFirst(".cards--block-lead")).isNotNull();
    }

    @Test
    void theSecondOfTwoEditorsWhoOpenedTheSameArrangementIsToldAndOverwritesNothing() {
        StaffSession first = as(Role.EDITOR);
        StaffSession second = as(Role.EDITOR);
        Document firstForm = first.page("/admin/front");
        Document secondForm = second.page("/admin/front");

        assertThat(first.submit(firstForm, "#front-form", Map.of("slot0", older.id().toString()), "save").statusCode())
                .isEqualTo(302);
        HttpResponse<String> late = second.submit(secondForm, "#front-form", Map.of("slot0", match.id().toString()), "save");

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("حفظ محرر آخر ترتيب هذه الواجهة");
        assertThat(lead(page("/"))).isEqualTo(Permalinks.article(older));
    }

    @Test
    void aStoryTwiceADraftOrNonsenseIsRefusedInArabicAndKeepsWhatWasChosen() {
        StaffSession editor = as(Role.EDITOR);
        Article draft = fixtures.article(politics).headline("مسودة لم تنشر").draft().save();

        HttpResponse<String> twice = editor.submit(editor.page("/admin/front"), "#front-form",
                Map.of("slot0", older.id().toString(), "slot3", older.id().toString()), "save");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("الخبر نفسه في مكانين من الواجهة");

        HttpResponse<String> unpublished = editor.submit(editor.page("/admin/front"), "#front-form",
                Map.of("slot1", draft.id().toString()), "save");
        assertThat(unpublished.statusCode()).isEqualTo(400);
        assertThat(unpublished.body()).contains("لا يوضع في الواجهة إلا خبر منشور");

        HttpResponse<String> nonsense = editor.submit(editor.page("/admin/front"), "#front-form",
                Map.of("slot1", older.id().toString(), "order-" + sport.id(), "أول"), "save");
        assertThat(nonsense.statusCode()).isEqualTo(400);
        assertThat(nonsense.body()).contains("قيمة غير صالحة").doesNotContain("Exception");
        assertThat(org.jsoup.Jsoup.parse(nonsense.body()).selectFirst("#slot1 option[selected]").val())
                .as("what the editor chose is still chosen").isEqualTo(older.id().toString());
        assertThat(fronts.home().picks()).isEmpty();
    }

    @Test
    void reportersAndContributorsCannotArrangeTheFronts() {
        for (Role role : List.of(Role.REPORTER, Role.CONTRIBUTOR)) {
            StaffSession staff = as(role);
            assertThat(staff.get("/admin/front").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(staff.post("/admin/front", List.of(Map.entry("version", "0"), Map.entry("slot0", older.id().toString())))
                    .statusCode()).as(role.name()).isEqualTo(403);
            assertThat(staff.page("/admin/stories").select("a[href='/admin/front']")).as(role.name()).isEmpty();
        }
        assertThat(fronts.home().picks()).isEmpty();
    }

    private static String lead(Document home) {
        return home.selectFirst(".home-lead__title a").attr("href");
    }
}
