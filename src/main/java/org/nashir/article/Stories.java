package org.nashir.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Stories of any status, as other features read them for their own work: search hits to show, the pages a change
 * empties, a webhook's payload. What readers are shown goes through {@link PublishedStories}; what the newsroom
 * changes, through {@link ArticleDesk}. The article table itself is this feature's own.
 */
@Service
public class Stories {

    private final ArticleRepository articles;

    Stories(ArticleRepository articles) {
        this.articles = articles;
    }

    public Optional<Article> find(long id) {
        return articles.findById(id);
    }

    /** With its section, lead image, bylines and tags loaded: everything a page or a purge reads of it. */
    public Optional<Article> withDetails(long id) {
        return articles.findWithDetails(id);
    }

    /** Stories of any status that show an image, as their lead or in the body: where the media library says it is used. */
    public List<Article> usingImage(long mediaId) {
        return articles.findUsingMedia(mediaId);
    }

    /** Images as the query narrows them that some story shows ({@code used}) or that none does, newest first. */
    public Page<MediaAsset> images(MediaQuery query, boolean used, int page, int size) {
        return articles.findImages(query.pattern(), query.uploaderOrZero(), query.sinceOrEver(), used,
                PageRequest.of(page, size));
    }

    /** With what a card shows (section, lead image), in no particular order: search orders its hits itself. */
    public List<Article> cards(Collection<Long> ids) {
        return articles.findCardsIn(ids);
    }
}
