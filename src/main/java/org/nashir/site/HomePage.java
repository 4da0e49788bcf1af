package org.nashir.site;

import java.util.List;

public record HomePage(Layout layout, Card lead, List<Card> latest, List<SectionBlock> sections) implements ReaderPage {

    public record SectionBlock(String name, String url, List<Card> cards) {
    }
}
