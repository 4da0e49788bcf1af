package org.nashir.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.PublishedStories;
import org.nashir.article.body.BlockView;
import org.nashir.article.body.BodyHtml;
import org.nashir.article.BodyRenderer;
import org.nashir.author.Author;
import org.nashir.author.AuthorDesk;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaStorage;
import org.nashir.section.Section;
import org.nashir.section.SectionDesk;
import org.nashir.settings.SiteAddress;
import org.nashir.settings.SiteSettings;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.Messages;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.SurrogateKeys;
import org.nashir.tag.Tag;
import org.nashir.tag.TagDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the feed of the site, a section, an author or a tag: the latest published stories, newest first. */
@Service
@Transactional(readOnly = true)
class Feeds {

    static final int SIZE = 30;

    private final PublishedStories stories;
    private final SectionDesk sections;
    private final AuthorDesk authors;
    private final TagDesk tags;
    private final BodyRenderer renderer;
    private final BodyHtml bodyHtml;
    private final MediaStorage media;
    private final SiteSettingsService settings;
    private final SiteAddress address;

    Feeds(PublishedStories stories, SectionDesk sections, AuthorDesk authors, TagDesk tags,
            BodyRenderer renderer, BodyHtml bodyHtml, MediaStorage media, SiteSettingsService settings, SiteAddress address) {
        this.stories = stories;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.renderer = renderer;
        this.bodyHtml = bodyHtml;
        this.media = media;
        this.settings = settings;
        this.address = address;
    }

    Feed site() {
        SiteSettings site = settings.current();
        return feed(site, site.name(), site.tagline() != null ? site.tagline() : Messages.text("feed.site", site.name()),
                Permalinks.home(), Permalinks.siteFeed(false), Permalinks.siteFeed(true), SurrogateKeys.FEED, PublishedStories.Filter.ALL);
    }

    Feed section(String slug) {
        Section section = sections.bySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
        SiteSettings site = settings.current();
        return feed(site, section.name() + " | " + site.name(), Messages.text("feed.section", section.name()), Permalinks.section(section),
                Permalinks.sectionFeed(section, false), Permalinks.sectionFeed(section, true),
                SurrogateKeys.section(section.id()), PublishedStories.Filter.in(section));
    }

    Feed author(String slug) {
        Author author = authors.bySlug(slug).orElseThrow(() -> new NotFoundException("author " + slug));
        requireListed(PublishedStories.Filter.by(author));
        SiteSettings site = settings.current();
        return feed(site, author.name() + " | " + site.name(), Messages.text("feed.author", author.name()), Permalinks.author(author),
                Permalinks.authorFeed(author, false), Permalinks.authorFeed(author, true),
                SurrogateKeys.author(author.id()), PublishedStories.Filter.by(author));
    }

    Feed tag(String slug) {
        Tag tag = tags.bySlug(slug).orElseThrow(() -> new NotFoundException("tag " + slug));
        requireListed(PublishedStories.Filter.tagged(tag));
        SiteSettings site = settings.current();
        return feed(site, tag.name() + " | " + site.name(), Messages.text("feed.tag", tag.name()), Permalinks.tag(tag),
                Permalinks.tagFeed(tag, false), Permalinks.tagFeed(tag, true), SurrogateKeys.tag(tag.id()), PublishedStories.Filter.tagged(tag));
    }

    /** A byline's or tag's feed exists once a published story carries it, as its page does. */
    private void requireListed(PublishedStories.Filter filter) {
        if (stories.latest(filter, 1).isEmpty()) {
            throw new NotFoundException("nothing published under it yet");
        }
    }

    private Feed feed(SiteSettings site, String title, String description, String html, String rss, String atom,
            String listing, PublishedStories.Filter filter) {
        String base = address.base(site);
        List<Feed.Entry> entries = new ArrayList<>();
        Instant updated = null;
        SurrogateKeys keys = SurrogateKeys.of(listing);
        List<Article> found = stories.latest(filter, SIZE);
        Map<Long, List<BlockView>> bodies = site.feedFullText() ? renderer.bodiesOf(found) : Map.of();
        for (Article article : found) {
            keys.stories(List.of(article.id()));
            Feed.Entry entry = entry(article, bodies.get(article.id()), site, base);
            entries.add(entry);
            updated = updated == null || entry.updated().isAfter(updated) ? entry.updated() : updated;
        }
        return new Feed(title, description, base + html, base + rss, base + atom, SiteAddress.absolute(base, site.logoPath()), site.name(),
                updated != null ? updated : Instant.EPOCH, entries, keys);
    }

    private Feed.Entry entry(Article article, List<BlockView> body, SiteSettings site, String base) {
        String html = body != null ? bodyHtml.render(body, base) : null;
        List<Feed.Person> people = article.authors().stream()
                .map(a -> new Feed.Person(a.name(), base + Permalinks.author(a))).toList();
        List<String> categories = new ArrayList<>();
        categories.add(article.section().name());
        article.tags().stream().map(Tag::name).sorted().forEach(categories::add);
        return new Feed.Entry(base + Permalinks.shortLink(article.id()), article.headline(), base + Permalinks.article(article),
                article.publishedAt(), article.updatedAt().isAfter(article.publishedAt()) ? article.updatedAt() : article.publishedAt(),
                article.summary(), html, people, categories, image(article.leadMedia(), base));
    }

    private Feed.Image image(MediaAsset lead, String base) {
        if (lead == null) {
            return null;
        }
        int width = lead.shareWidth();
        return new Feed.Image(base + Permalinks.media(lead, width), "image/jpeg", media.variantSize(lead, width), width,
                lead.heightAt(width), lead.altText(), lead.caption(), lead.credit());
    }
}
