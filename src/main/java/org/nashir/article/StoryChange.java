package org.nashir.article;

/**
 * A change readers can see: published, edited while public, unpublished or deleted. Listeners that
 * only need to know that something public changed (caches) take this type.
 */
public sealed interface StoryChange permits ArticlePublished, ArticleUpdated, ArticleUnpublished, ArticleDeleted {

    long articleId();
}
