package org.nashir.site;

import java.util.List;
import org.nashir.article.body.BlockView.Figure;

public record AuthorPage(Layout layout, String name, String title, String bio, Figure photo, List<Card> cards,
        Pagination pagination) implements ReaderPage {
}
