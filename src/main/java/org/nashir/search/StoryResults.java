package org.nashir.search;

import java.util.List;

/** A page of results; {@code total} counts every match, {@code searchable} is false while nothing could be searched. */
public record StoryResults(long total, List<StoryHit> hits, int page, int size, boolean searchable) {

    static StoryResults nothing(StoryQuery query) {
        return new StoryResults(0, List.of(), query.page(), query.size(), false);
    }

    public int pages() {
        return (int) Math.min((total + size - 1) / size, Integer.MAX_VALUE);
    }
}
