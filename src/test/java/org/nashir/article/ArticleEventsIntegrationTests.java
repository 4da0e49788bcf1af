package org.nashir.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.nashir.section.Section;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Publishing, editing, unpublishing and deleting a story each raise the event other features listen to. */
@RecordApplicationEvents
class ArticleEventsIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleDesk desk;
    @Autowired
    ApplicationEvents events;

    @Test
    void raisesAnEventForEveryChangeReadersCanSee() {
        Actor editor = Actor.of(fixtures.staff(Role.EDITOR));
        Section section = fixtures.section("أحداث");
        StoryDraft draft = new StoryDraft("خبر الأحداث", null, null, section.id(), List.of(), List.of(), List.of(), null,
                Body.of(new Block.Paragraph("نص")), false, null, null, null);
        long id = desk.create(editor, draft).id();
        assertThat(events.stream(ArticlePublished.class)).isEmpty();

        desk.publish(editor, id);
        Article published = desk.forEditing(editor, id);
        Article pending = desk.save(editor, id, published.version(), new StoryDraft("خبر الأحداث بعد التعديل", null, null,
                section.id(), List.of(), List.of(), List.of(), null, Body.of(new Block.Paragraph("نص معدّل")), false, null, null,
                null));
        assertThat(events.stream(ArticleUpdated.class)).as("a pending version is nobody's news").isEmpty();
        desk.updateLive(editor, id, pending.version());
        desk.unpublish(editor, id);
        // deleted for good from the trash, where an unpublished story goes without another event
        desk.trash(editor, id);
        desk.delete(editor, id);

        assertThat(events.stream(ArticlePublished.class).map(ArticlePublished::articleId)).containsExactly(id);
        assertThat(events.stream(ArticleUpdated.class).map(ArticleUpdated::articleId)).containsExactly(id);
        assertThat(events.stream(ArticleUnpublished.class).map(ArticleUnpublished::articleId)).containsExactly(id);
        assertThat(events.stream(ArticleDeleted.class).map(ArticleDeleted::articleId)).containsExactly(id);
    }

    @Test
    void refusesToPublishBeforeTheEmbargoLifts() {
        Actor editor = Actor.of(fixtures.staff(Role.EDITOR));
        Section section = fixtures.section("حظر");
        StoryDraft draft = new StoryDraft("خبر محظور", null, null, section.id(), List.of(), List.of(), List.of(), null,
                Body.of(new Block.Paragraph("نص")), false, java.time.Instant.now().plusSeconds(3600), null, null);
        long id = desk.create(editor, draft).id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.publish(editor, id))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("تحت الحظر");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.schedule(editor, id, java.time.Instant.now().plusSeconds(60)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("قبل انتهاء الحظر");
        assertThat(desk.forEditing(editor, id).status()).isEqualTo(ArticleStatus.DRAFT);
    }
}
