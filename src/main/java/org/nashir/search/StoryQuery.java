package org.nashir.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.nashir.shared.InvalidInputException;

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

    /** The same search for other words. */
    StoryQuery text(String other) {
        return new StoryQuery(other, sectionId, authorId, from, to, order, page, size);
    }

    /** The first page of the same search. */
    StoryQuery firstPage() {
        return new StoryQuery(text, sectionId, authorId, from, to, order, 0, size);
    }

    /**
     * The start of a day typed as {@code yyyy-mm-dd} in the site's zone, {@code plusDays} later (1 gives the
     * exclusive end of a "to" date); null for nothing typed. Anything else is refused for {@code field}.
     */
    public static Instant day(String typed, ZoneId zone, int plusDays, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip()).plusDays(plusDays).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "search.date.format");
        }
    }

    public static StoryQuery of(String text) {
        return new StoryQuery(text, null, null, null, null, Order.RELEVANCE, 0, 10);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
