package org.nashir.article;

import java.time.Instant;

/** Raised when the change is saved; listeners acting outside the database (search, caches, webhooks) should use {@code @TransactionalEventListener} to act after commit. */
public record ArticlePublished(long articleId, Instant at) implements StoryChange {
}
