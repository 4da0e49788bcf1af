package org.nashir.search;

import org.nashir.article.Article;

/** One result: its headline and a snippet of its text, the words that matched marked as the story writes them. */
public record StoryHit(Article article, float score, Highlighted headline, Highlighted snippet) {
}
