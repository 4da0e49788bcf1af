package org.nashir.article;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.Set;
import java.util.stream.Collectors;
import org.nashir.article.body.Block;
import org.nashir.article.body.BlockView;
import org.nashir.article.body.InlineHtml;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaLibrary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a story body into views for the page, the feeds and the API. Referenced media and stories
 * are loaded in one query each; a reference to something gone or unpublished is left out.
 */
@Component
public class BodyRenderer {

    private static final int AUTOMATIC_RELATED = 3;

    private final ArticleRepository articles;
    private final PublishedStories stories;
    private final MediaLibrary media;
    private final SimilarStories similar;

    BodyRenderer(ArticleRepository articles, PublishedStories stories, MediaLibrary media, SimilarStories similar) {
        this.articles = articles;
        this.stories = stories;
        this.media = media;
        this.similar = similar;
    }

    /** A story body as views, and «اقرأ أيضاً» for the end of the page. */
    public record Rendered(List<BlockView> blocks, List<BlockView.Link> readAlso, Set<Long> linkedStories) {
    }

    /**
     * Renders the body and finds {@code readAlso} more stories for the end of the page: similar stories
     * not already linked from a related box (picked by the editor or filled in automatically). Similar
     * stories are looked up once, for the empty boxes and the list alike.
     */
    @Transactional(readOnly = true)
    public Rendered render(Article article, int readAlso) {
        List<Block> blocks = article.body().blocks();
        Set<Long> storyIds = article.body().relatedStories();
        Map<Long, MediaAsset> images = images(article.body().images());
        Map<Long, Article> stories = published(storyIds);

        boolean boxes = blocks.stream().anyMatch(Block.Related.class::isInstance);
        List<Article> found = readAlso > 0 || boxes
                ? automatic(article, storyIds, AUTOMATIC_RELATED + readAlso) : List.of();
        List<BlockView.Link> similar = found.stream()
                .map(a -> new BlockView.Link(a.headline(), Permalinks.article(a))).toList();
        Set<Long> linked = new LinkedHashSet<>(stories.keySet());
        found.forEach(a -> linked.add(a.id()));

        List<BlockView> views = views(article, images, stories, similar);
        Set<String> shown = new HashSet<>();
        views.stream().filter(BlockView.Related.class::isInstance)
                .forEach(r -> ((BlockView.Related) r).links().forEach(l -> shown.add(l.url())));
        return new Rendered(views, similar.stream().filter(l -> !shown.contains(l.url())).limit(readAlso).toList(),
                Set.copyOf(linked));
    }

    /**
     * The bodies of many stories at once, for feeds and the API: their images and linked stories are
     * loaded in one query each for all of them. Related boxes carry the editor's own links only; the
     * automatic suggestions, one index search per story, are for the story page.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<BlockView>> bodiesOf(Collection<Article> list) {
        Set<Long> mediaIds = new LinkedHashSet<>();
        Set<Long> storyIds = new LinkedHashSet<>();
        for (Article article : list) {
            mediaIds.addAll(article.body().images());
            storyIds.addAll(article.body().relatedStories());
        }
        Map<Long, MediaAsset> images = images(mediaIds);
        Map<Long, Article> stories = published(storyIds);
        Map<Long, List<BlockView>> bodies = new LinkedHashMap<>();
        for (Article article : list) {
            bodies.put(article.id(), views(article, images, stories, List.of()));
        }
        return bodies;
    }

    private Map<Long, MediaAsset> images(Set<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : media.all(ids).stream().collect(Collectors.toMap(MediaAsset::id, m -> m));
    }

    private Map<Long, Article> published(Set<Long> ids) {
        Map<Long, Article> stories = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            articles.findPublishedIn(ids).forEach(a -> stories.put(a.id(), a));
        }
        return stories;
    }

    private List<BlockView> views(Article article, Map<Long, MediaAsset> images, Map<Long, Article> stories,
            List<BlockView.Link> similar) {
        List<Block> blocks = article.body().blocks();
        List<BlockView> views = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            BlockView view = view(block, article, images, stories, similar);
            if (view != null) {
                views.add(view);
            }
        }
        return views;
    }

    public static BlockView.Figure figure(MediaAsset asset, String captionOverride, String creditOverride) {
        int width = asset.defaultWidth();
        return new BlockView.Figure(Permalinks.media(asset, width), srcset(asset, Permalinks::media), width,
                asset.heightAt(width), asset.altText(), captionOverride != null ? captionOverride : asset.caption(),
                creditOverride != null ? creditOverride : asset.credit());
    }

    /** A card's picture: the 16:9 cut around the image's focal point, so no page crops it blindly. */
    public static BlockView.Figure cardFigure(MediaAsset asset) {
        int width = Math.min(640, asset.variantWidths().get(asset.variantWidths().size() - 1));
        return new BlockView.Figure(Permalinks.wideMedia(asset, width), srcset(asset, Permalinks::wideMedia), width,
                MediaAsset.wideHeight(width), asset.altText(), asset.caption(), asset.credit());
    }

    private static String srcset(MediaAsset asset, BiFunction<MediaAsset, Integer, String> url) {
        StringBuilder srcset = new StringBuilder();
        for (int width : asset.variantWidths()) {
            if (srcset.length() > 0) {
                srcset.append(", ");
            }
            srcset.append(url.apply(asset, width)).append(' ').append(width).append('w');
        }
        return srcset.toString();
    }

    private BlockView view(Block block, Article article, Map<Long, MediaAsset> images, Map<Long, Article> stories,
            List<BlockView.Link> similar) {
        return block.accept(new Block.Visitor<>() {
            public BlockView paragraph(Block.Paragraph p) {
                return new BlockView.Paragraph(InlineHtml.sanitize(p.html()));
            }

            public BlockView heading(Block.Heading h) {
                return new BlockView.Heading(h.level(), h.text());
            }

            public BlockView quote(Block.Quote q) {
                return new BlockView.Quote(q.text(), q.speaker(), q.role(), q.outlet());
            }

            public BlockView image(Block.Image i) {
                MediaAsset asset = images.get(i.media());
                return asset == null ? null : figure(asset, i.caption(), i.credit());
            }

            public BlockView list(Block.ListItems l) {
                return new BlockView.ListItems(l.ordered(), l.items());
            }

            public BlockView related(Block.Related r) {
                List<BlockView.Link> links = new ArrayList<>();
                for (long id : r.articles()) {
                    Article story = stories.get(id);
                    if (story != null && !story.id().equals(article.id())) {
                        links.add(new BlockView.Link(story.headline(), Permalinks.article(story)));
                    }
                }
                if (links.isEmpty()) {
                    links = similar.subList(0, Math.min(AUTOMATIC_RELATED, similar.size()));
                }
                return links.isEmpty() ? null : new BlockView.Related(r.title(), links);
            }

            public BlockView embed(Block.Embed e) {
                return new BlockView.Embed(e.provider().arabicName(), e.url(), URI.create(e.url()).getHost(), e.title());
            }
        });
    }

    /**
     * Similar stories from the search index; when it knows none (a young site, a very short story), the
     * section's latest other stories, so that a related box is never empty.
     */
    private List<Article> automatic(Article article, Set<Long> exclude, int limit) {
        List<Article> found = similar.similarTo(article, exclude, limit);
        if (found.isEmpty()) {
            found = stories.latest(PublishedStories.Filter.in(article.section()), limit + 1).stream()
                    .filter(a -> !a.id().equals(article.id()) && !exclude.contains(a.id()))
                    .limit(limit)
                    .toList();
        }
        return found;
    }
}
