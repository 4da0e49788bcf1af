package org.nashir.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.nashir.section.Section;

/** A story's states and who may see it: the domain's rules called directly, without a server or a database. */
class StoryWorkflowTests {

    private static final Instant NOW = Instant.parse("2024-08-19T08:25:00Z");
    private static final Section WORLD = new Section("العالم", "world", 1);

    private static Article story() {
        return new Article("وزراء الخارجية يجتمعون في عمّان", null, WORLD, Body.of(new Block.Paragraph("نص الخبر.")), NOW);
    }

    @Test
    void aNewStoryIsADraftThatGoesToReviewOnce() {
        Article story = story();
        assertThat(story.status()).isEqualTo(ArticleStatus.DRAFT);
        story.submitForReview();
        assertThat(story.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThatThrownBy(story::submitForReview).isInstanceOf(WorkflowException.class).hasMessageContaining("بانتظار المراجعة");
    }

    @Test
    void aStoryIsScheduledOnlyForTheFutureAfterItsEmbargoAndNeverOncePublished() {
        Article story = story();
        assertThatThrownBy(() -> story.schedule(NOW.minusSeconds(60), NOW)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("في المستقبل");
        story.embargo(NOW.plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> story.schedule(NOW.plus(Duration.ofHours(1)), NOW)).hasMessageContaining("الحظر");
        story.schedule(NOW.plus(Duration.ofHours(3)), NOW);
        assertThat(story.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(story.scheduledAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));

        story.publish(NOW.plus(Duration.ofHours(3)));
        assertThatThrownBy(() -> story.schedule(NOW.plus(Duration.ofHours(5)), NOW)).hasMessageContaining("منشور بالفعل");
    }

    @Test
    void anEmbargoInForceRefusesPublishingAndSaysUntilWhen() {
        Article story = story();
        Instant lifts = NOW.plus(Duration.ofMinutes(30));
        story.embargo(lifts);
        assertThatThrownBy(() -> story.publish(NOW)).isInstanceOf(EmbargoException.class);
        assertThat(story.status()).isEqualTo(ArticleStatus.DRAFT);
        story.publish(lifts);
        assertThat(story.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(story.publishedAt()).isEqualTo(lifts);
    }

    @Test
    void unpublishingAndPublishingAgainKeepsTheFirstPublicationTime() {
        Article story = story();
        story.publish(NOW);
        assertThatThrownBy(story::returnToDraft).isInstanceOf(WorkflowException.class);
        story.unpublish();
        assertThat(story.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        assertThatThrownBy(story::unpublish).isInstanceOf(WorkflowException.class);
        story.publish(NOW.plus(Duration.ofDays(1)));
        assertThat(story.publishedAt()).as("the original time, as readers first saw it").isEqualTo(NOW);
        story.unpublish();
        story.returnToDraft();
        assertThat(story.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void editorsSeeEveryStoryOthersTheirOwnAndWhatIsPublished() {
        Actor reporter = new Actor(7, "reporter", Role.REPORTER);
        Actor colleague = new Actor(8, "colleague", Role.CONTRIBUTOR);
        Actor editor = new Actor(9, "editor", Role.EDITOR);
        Article draft = story();
        draft.createdBy(reporter.userId());

        assertThat(ArticleDesk.canSee(reporter, draft)).isTrue();
        assertThat(ArticleDesk.canSee(colleague, draft)).isFalse();
        assertThat(ArticleDesk.canSee(editor, draft)).isTrue();
        draft.publish(NOW);
        assertThat(ArticleDesk.canSee(colleague, draft)).isTrue();
    }
}
