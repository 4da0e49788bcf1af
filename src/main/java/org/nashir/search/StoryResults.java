package org.nashir.search;

import java.util.List;

/**
 * A page of results. {@code total} counts the matches exactly when {@code totalExact}, otherwise it is a
 * lower bound (a thousand or more); {@code searchable} is false when nothing searchable was typed.
 */
public record StoryResults(long total, boolean totalExact, List<StoryHit> hits, int page, int size,
        boolean searchable) {

    static StoryResults nothing(StoryQuery query) {
        return new StoryResults(0, true, List.of(), query.page(), query.size(), false);
    }

    public int pages() {
        return (int) Math.min((total + size - 1) / size, Integer.MAX_VALUE);
    }
}
