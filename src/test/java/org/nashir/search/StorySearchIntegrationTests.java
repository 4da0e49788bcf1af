package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.article.ArticleDesk;
import org.nashir.article.StoryDraft;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.section.Section;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The index follows the newsroom: what is published is found at once, what is withdrawn is gone at once. */
class StorySearchIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleDesk desk;
    @Autowired
    StorySearch search;

    @Test
    void findsAStoryWhenPublishedAndLosesItWhenUnpublished() {
        Actor editor = Actor.of(fixtures.staff(Role.EDITOR));
        Section section = fixtures.section("اقتصاد " + fixtures.unique());
        long id = desk.create(editor, new StoryDraft("المسؤولون يناقشون موازنة الموانئ", null, null, section.id(),
                List.of(), List.of(), List.of(), null,
                Body.of(new Block.Paragraph("اجتمع مسؤولو هيئة الموانئ لبحث الموازنة الجديدة.")), false, null, null,
                null)).id();

        assertThat(ids(search.search(StoryQuery.of("مسئولون موازنة")))).doesNotContain(id);
        assertThat(ids(search.searchNewsroom(StoryQuery.of("مسئولون موازنة"), null, null, null))).contains(id);

        desk.publish(editor, id);
        StoryResults found = search.search(StoryQuery.of("مسئولون موازنة"));
        assertThat(ids(found)).contains(id);
        assertThat(found.hits().get(0).headline().html()).contains("<mark>المسؤولون</mark>");

        desk.unpublish(editor, id);
        assertThat(ids(search.search(StoryQuery.of("مسئولون موازنة")))).doesNotContain(id);
    }

    @Test
    void findsAMonthByAnyOfItsRegionalNamesAndMarksThePhraseAsWritten() {
        String marker = "موسم" + fixtures.unique();
        Section section = fixtures.section("ثقافة " + fixtures.unique());
        long algiers = fixtures.article(section).headline(marker + " يفتتح في جانفي").save().id();
        long damascus = fixtures.article(section).headline(marker + " يختتم في كانون الثاني").save().id();
        long later = fixtures.article(section).headline(marker + " يعود في كانون الأول").save().id();

        StoryResults found = search.search(StoryQuery.of("يناير " + marker));

        assertThat(ids(found)).containsExactlyInAnyOrder(algiers, damascus).doesNotContain(later);
        assertThat(found.hits()).anySatisfy(hit -> assertThat(hit.headline().html()).contains("<mark>كانون الثاني</mark>"));
        assertThat(ids(search.search(StoryQuery.of("كانون الثاني " + marker)))).containsExactlyInAnyOrder(algiers, damascus);
    }

    @Test
    void findsAWordWithAndWithoutAOneLetterCliticByWhatTheIndexKnows() {
        String word = Fixtures.inventedWord();
        Section section = fixtures.section("منوعات " + fixtures.unique());
        for (int i = 0; i < 20; i++) {
            fixtures.article(section).headline("خبر " + i + " عن " + word).save();
        }
        long withClitic = fixtures.article(section).headline("وعد ب" + word + " جديد").save().id();

        StoryResults found = search.search(new StoryQuery(word, section.id(), null, null, null,
                StoryQuery.Order.RELEVANCE, 0, 50));
        assertThat(found.total()).isEqualTo(21);
        assertThat(found.hits()).anySatisfy(hit -> assertThat(hit.headline().html()).contains("<mark>ب" + word + "</mark>"));
        // typed with a clitic the index has seen in no story, it is read as the word
        assertThat(ids(search.search(StoryQuery.of("ل" + word)))).contains(withClitic).hasSizeGreaterThan(1);
    }

    @Test
    void suggestsAWordTwentyTimesAsCommonBesideTheResultsOfOneThatLooksMistyped() {
        String word = Fixtures.inventedWord();
        String typo = "س" + word.substring(1);
        Section section = fixtures.section("منوعات " + fixtures.unique());
        for (int i = 0; i < 20; i++) {
            fixtures.article(section).headline("خبر " + i + " عن " + word).save();
        }
        long mistyped = fixtures.article(section).headline("خبر عن " + typo).save().id();

        StoryResults found = search.search(StoryQuery.of(typo));

        assertThat(ids(found)).containsExactly(mistyped);
        assertThat(found.suggestion()).isEqualTo(word);
        assertThat(found.corrected()).isFalse();
        assertThat(search.search(StoryQuery.of(word)).suggestion()).isNull();
    }

    private static List<Long> ids(StoryResults results) {
        return results.hits().stream().map(h -> h.article().id()).toList();
    }
}
