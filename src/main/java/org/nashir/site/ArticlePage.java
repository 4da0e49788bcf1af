package org.nashir.site;

import java.util.List;
import org.nashir.article.body.BlockView.Figure;
import org.nashir.article.body.BlockView.Link;
import org.nashir.article.body.BlockView;

/** Everything the story page shows, in the order of the reference page. */
public record ArticlePage(
        Layout layout,
        Link section,
        String headline,
        String standfirst,
        Figure lead,
        String publishedIso,
        String publishedText,
        String updatedIso,
        String updatedText,
        String hijriText,
        List<Byline> bylines,
        List<BlockView> blocks,
        List<Link> tags,
        String shortLink,
        List<Link> readAlso,
        String previewBanner) implements ReaderPage {

    public record Byline(String name, String url, String title) {
    }
}
