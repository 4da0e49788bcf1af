package org.nashir.site;

import java.util.List;

public record TagPage(Layout layout, String name, List<Card> cards, Pagination pagination) implements ReaderPage {
}
