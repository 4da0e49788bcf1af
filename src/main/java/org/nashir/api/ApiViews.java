package org.nashir.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.nashir.article.Article;
import org.nashir.article.StoryDraft;
import org.nashir.article.Permalinks;
import org.nashir.article.body.BlockView;
import org.nashir.article.body.BodyCodec;
import org.nashir.article.body.BodyHtml;
import org.nashir.article.BodyRenderer;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes of both APIs: one way to show a story, a section, an author, a tag or an image. */
@Component
class ApiViews {

    private final BodyRenderer renderer;
    private final BodyHtml bodyHtml;
    private final JsonMapper json;

    ApiViews(BodyRenderer renderer, BodyHtml bodyHtml, JsonMapper json) {
        this.renderer = renderer;
        this.bodyHtml = bodyHtml;
        this.json = json;
    }

    record SectionView(long id, String name, String slug, String url) {
    }

    record AuthorView(long id, String name, String slug, String title, String bio, String url, ImageView photo) {
    }

    record TagView(long id, String name, String slug, String url) {
    }

    record Variant(int width, String url) {
    }

    record ImageView(long id, String url, int width, int height, String alt, String caption, String credit,
            List<Variant> variants) {
    }

    /** The body as stored blocks (for apps that lay it out themselves) and as the site's HTML. */
    record BodyView(JsonNode blocks, String html) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArticleView(long id, String status, long version, String headline, String standfirst, String summary,
            String slug, String url, @JsonProperty("short_url") String shortUrl, SectionView section,
            @JsonProperty("other_sections") List<SectionView> otherSections, List<AuthorView> authors, List<TagView> tags,
            @JsonProperty("lead_image") ImageView leadImage, boolean breaking,
            @JsonProperty("published_at") Instant publishedAt, @JsonProperty("updated_at") Instant updatedAt,
            BodyView body, PendingView pending) {

        ArticleView withPending(PendingView pending) {
            return new ArticleView(id, status, version, headline, standfirst, summary, slug, url, shortUrl, section,
                    otherSections, authors, tags, leadImage, breaking, publishedAt, updatedAt, body, pending);
        }
    }

    /** The edits of a published or scheduled story that readers do not see yet (the admin API only). */
    record PendingView(String headline, String standfirst, @JsonProperty("saved_by") String savedBy,
            @JsonProperty("saved_at") Instant savedAt, JsonNode blocks) {
    }

    ArticleView article(Article article, String base, boolean withBody) {
        return article(article, base, withBody ? renderer.bodiesOf(List.of(article)).get(article.id()) : null);
    }

    /** A story as the newsroom's tools read it: as published, and with its pending version when it has one. */
    ArticleView adminArticle(Article article, String base) {
        StoryDraft pending = article.pendingDraft();
        ArticleView view = article(article, base, true);
        return pending == null ? view : view.withPending(new PendingView(pending.headline(), pending.standfirst(),
                article.pendingBy(), article.pendingAt(), json.readTree(BodyCodec.write(pending.body())).get("blocks")));
    }

    /** A page of stories; their bodies, when asked for, are rendered together (one query for all their images and links). */
    List<ArticleView> articles(List<Article> list, String base, boolean withBodies) {
        Map<Long, List<BlockView>> bodies = withBodies ? renderer.bodiesOf(list) : Map.of();
        return list.stream().map(a -> article(a, base, bodies.get(a.id()))).toList();
    }

    private ArticleView article(Article article, String base, List<BlockView> blocks) {
        return new ArticleView(article.id(), article.status().name().toLowerCase(), article.version(), article.headline(),
                article.standfirst(), article.summary(), article.slug(), base + Permalinks.article(article),
                base + Permalinks.shortLink(article.id()), section(article.section(), base),
                article.otherSections().stream().sorted(Comparator.comparing(Section::id)).map(s -> section(s, base)).toList(),
                article.authors().stream().map(a -> author(a, base)).toList(),
                article.tags().stream().sorted(Comparator.comparing(Tag::id)).map(t -> tag(t, base)).toList(),
                image(article.leadMedia(), base), article.breaking(), article.publishedAt(), article.updatedAt(),
                blocks == null ? null : body(article, blocks, base), null);
    }

    private BodyView body(Article article, List<BlockView> blocks, String base) {
        JsonNode stored = json.readTree(BodyCodec.write(article.body()));
        return new BodyView(stored.get("blocks"), bodyHtml.render(blocks, base));
    }

    static SectionView section(Section section, String base) {
        return new SectionView(section.id(), section.name(), section.slug(), base + Permalinks.section(section));
    }

    static AuthorView author(Author author, String base) {
        return new AuthorView(author.id(), author.name(), author.slug(), author.title(), author.bio(),
                base + Permalinks.author(author), image(author.photo(), base));
    }

    static TagView tag(Tag tag, String base) {
        return new TagView(tag.id(), tag.name(), tag.slug(), base + Permalinks.tag(tag));
    }

    static ImageView image(MediaAsset asset, String base) {
        if (asset == null) {
            return null;
        }
        int width = asset.shareWidth();
        return new ImageView(asset.id(), base + Permalinks.media(asset, width), width, asset.heightAt(width),
                asset.altText(), asset.caption(), asset.credit(),
                asset.variantWidths().stream().map(w -> new Variant(w, base + Permalinks.media(asset, w))).toList());
    }
}
