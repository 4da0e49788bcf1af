package org.nashir.site;

import java.util.List;

/** The home page: the lead, the top stories, the latest, and the section blocks in the editors' order. */
public record HomePage(Layout layout, Card lead, List<Card> top, List<Card> latest, List<SectionBlock> sections,
        MostReadBox mostRead)
        implements ReaderPage {

    /** {@code style} is a {@link org.nashir.front.FrontStyle}'s name. */
    public record SectionBlock(String name, String url, String style, List<Card> cards) {
    }
}
