package org.nashir.site;

import java.util.List;

/** {@code lead}: the story the editors pinned at the head of the section's first page, or null. */
public record SectionPage(Layout layout, String name, Card lead, List<Card> cards, Pagination pagination,
        MostReadBox mostRead)
        implements ReaderPage {
}
