package org.nashir.search;

import java.time.Instant;

/**
 * A search as a reader or an editor asks it. Every filter is optional; {@code page} counts from 0.
 * {@code status} is for the back office only: readers always get published stories.
 */
public record StoryQuery(String text, Long sectionId, Long authorId, Instant from, Instant to, Order order, int page,
        int size) {

    public static final int MAX_SIZE = 100;

    public enum Order {
        RELEVANCE, NEWEST
    }

    public StoryQuery {
        text = TextQuery.clean(text);
        order = order == null ? Order.RELEVANCE : order;
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), MAX_SIZE);
    }

    public static StoryQuery of(String text) {
        return new StoryQuery(text, null, null, null, null, Order.RELEVANCE, 0, 10);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
