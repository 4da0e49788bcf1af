package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.search.IndexMaintenance;
import org.nashir.search.StoryQuery;
import org.nashir.search.StorySearch;
import org.nashir.section.Section;
import org.nashir.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Editors keep the variant list and rebuild the index; the story list searches drafts with the same index. */
class SearchAdminIntegrationTests extends IntegrationTest {

    @Autowired
    StorySearch search;
    @Autowired
    IndexMaintenance index;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewVariantSpellingFindsOldStoriesOnceTheIndexIsRebuilt() throws InterruptedException {
        String m = "شبكة" + fixtures.unique();
        fixtures.article(fixtures.section("تقنية " + fixtures.unique())).headline("انقطاع الإنترنت في المدينة " + m).save();
        assertThat(search.search(StoryQuery.of("انترنيت " + m)).total()).isZero();
        awaitRebuild();
        Instant before = Instant.now();
        StaffSession editor = as(Role.EDITOR);
        Document page = editor.page("/admin/search");
        String current = page.selectFirst("textarea[name=variants]").wholeText();
        assertThat(current).contains("ترمب = ترامب").contains("أميرك* = أمريك*");

        HttpResponse<String> refused = editor.submit(page, "form[action=/admin/search/variants]",
                Map.of("variants", current + "\nكلمة بلا مقابل"), "save");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("السطر");

        HttpResponse<String> saved = editor.submit(editor.page("/admin/search"), "form[action=/admin/search/variants]",
                Map.of("variants", current + "\nإنترنيت = إنترنت"), "save");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(index.progress().startedAt()).as("a rebuild started by the save").isAfterOrEqualTo(before);
        awaitRebuild();

        assertThat(search.search(StoryQuery.of("انترنيت " + m)).total()).isEqualTo(1);
        assertThat(editor.page("/admin/search").select("[role=status]").text()).contains("اكتملت");
    }

    @Test
    void aRebuildUnderReadingNeverFindsFewerStoriesAndDropsThoseNoLongerKept() throws InterruptedException {
        awaitRebuild();
        String word = Fixtures.inventedWord();
        Section section = fixtures.section("منوعات " + fixtures.unique());
        for (int i = 0; i < 20; i++) {
            fixtures.article(section).headline("خبر " + i + " عن " + word).save();
        }
        long gone = fixtures.article(section).headline("خبر يُحذف من قاعدة البيانات وحدها " + word).save().id();
        // a restore or a hand-made change: the row goes, the index is not told
        for (String table : new String[] {"article_revision", "article_image", "article_section", "article_author",
                "article_tag"}) {
            jdbc.update("delete from " + table + " where article_id = ?", gone);
        }
        jdbc.update("delete from article where id = ?", gone);
        assertThat(search.search(StoryQuery.of(word)).total()).isEqualTo(21);

        List<Long> seen = new ArrayList<>();
        index.start("a test reading during the rebuild");
        while (index.progress().state() == IndexMaintenance.State.RUNNING) {
            seen.add(search.search(StoryQuery.of(word)).total());
        }

        assertThat(index.progress().state()).isEqualTo(IndexMaintenance.State.DONE);
        assertThat(seen).isNotEmpty().allSatisfy(found -> assertThat(found).isGreaterThanOrEqualTo(20));
        assertThat(search.search(StoryQuery.of(word)).total()).isEqualTo(20);
    }

    @Test
    void reportersCannotChangeTheSearchSettings() {
        assertThat(as(Role.REPORTER).get("/admin/search").statusCode()).isEqualTo(403);
    }

    @Test
    void theStoryListFindsDraftsBySpellingVariants() {
        String m = "مسودة" + fixtures.unique();
        Section section = fixtures.section("محليات " + fixtures.unique());
        fixtures.article(section).headline("مسئولي البلدية في اجتماع " + m).draft().save();

        Document list = as(Role.EDITOR).page("/admin/stories?q=" + URLEncoder.encode("المسؤولين " + m, StandardCharsets.UTF_8));

        assertThat(list.select("table").text()).contains("مسئولي البلدية في اجتماع");
    }

    private void awaitRebuild() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (index.progress().state() == IndexMaintenance.State.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(index.progress().state()).isNotIn(IndexMaintenance.State.RUNNING, IndexMaintenance.State.FAILED);
    }
}
