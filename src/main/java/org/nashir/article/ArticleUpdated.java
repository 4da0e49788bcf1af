package org.nashir.article;

/** Raised when the change is saved; listeners acting outside the database (search, caches, webhooks) should use {@code @TransactionalEventListener} to act after commit. */
public record ArticleUpdated(long articleId) implements StoryChange {
}
