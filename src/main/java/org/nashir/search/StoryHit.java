package org.nashir.search;

import org.nashir.article.Article;

/**
 * One result. {@code headlineHtml} and {@code snippetHtml} are escaped text in which the words that
 * matched, as the story writes them, are wrapped in {@code <mark>}.
 */
public record StoryHit(Article article, float score, String headlineHtml, String snippetHtml) {
}
