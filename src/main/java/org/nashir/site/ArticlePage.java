package org.nashir.site;

import java.util.List;
import org.nashir.article.body.BlockView.Figure;
import org.nashir.article.body.BlockView.Link;
import org.nashir.article.body.BlockView;

/**
 * Everything the story page shows, in the order of the reference page, and the lists beside it. {@code shortLink} is absolute;
 * {@code older} and {@code newer} are the stories before and after it in its section, or null. {@code readBeacon}:
 * where the page, once seen, says it was read; null on previews, which are not readings.
 */
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
        List<Share> shares,
        String readingTime,
        Link older,
        Link newer,
        List<Link> readAlso,
        String previewBanner,
        MostReadBox mostRead,
        List<Card> latest,
        String readBeacon) implements ReaderPage {

    /** {@code photo}: the writer's picture, or null. */
    public record Byline(String name, String url, String title, Figure photo) {
    }

    /** A plain link that shares the story on a network ({@code network} names its icon's class), no script of theirs. */
    public record Share(String network, String label, String url) {
    }
}
