package org.nashir.site;

import java.util.List;

public record SectionPage(Layout layout, String name, List<Card> cards, Pagination pagination) implements ReaderPage {
}
