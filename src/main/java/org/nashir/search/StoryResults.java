package org.nashir.search;

import java.util.List;

/**
 * A page of results. {@code total} counts the matches exactly when {@code totalExact}, otherwise it is a
 * lower bound (a thousand or more); {@code searchable} is false when nothing searchable was typed.
 * {@code suggestion} is what the reader may have meant («هل تقصد») when a word typed looks mistyped, null
 * otherwise; when what was typed found nothing, the results are the suggestion's ({@code corrected}).
 */
public record StoryResults(long total, boolean totalExact, List<StoryHit> hits, int page, int size,
        boolean searchable, String suggestion, boolean corrected) {

    static StoryResults nothing(StoryQuery query) {
        return new StoryResults(0, true, List.of(), query.page(), query.size(), false, null, false);
    }

    StoryResults suggesting(String text, boolean instead) {
        return new StoryResults(total, totalExact, hits, page, size, searchable, text, instead);
    }

    public int pages() {
        return (int) Math.min((total + size - 1) / size, Integer.MAX_VALUE);
    }
}
