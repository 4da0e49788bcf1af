package org.nashir.site;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.ArticleStatus;
import org.nashir.article.BodyRenderer;
import org.nashir.article.Permalinks;
import org.nashir.article.PublishedStories;
import org.nashir.article.Stories;
import org.nashir.article.body.BlockView.Link;
import org.nashir.author.Author;
import org.nashir.author.AuthorDesk;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.section.SectionDesk;
import org.nashir.security.Actor;
import org.nashir.settings.SiteSettings;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.Messages;
import org.nashir.shared.NotAllowedException;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.SurrogateKeys;
import org.nashir.tag.Tag;
import org.nashir.tag.TagDesk;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the record of each reader page inside one read-only transaction. */
@Service
@Transactional(readOnly = true)
class SitePages {

    static final int PAGE_SIZE = 12;
    private static final int HOME_LATEST = 8;
    private static final int HOME_PER_SECTION = 3;
    private static final int READ_ALSO = 4;

    private final SiteLayouts layouts;
    private final Stories articles;
    private final PublishedStories stories;
    private final SectionDesk sections;
    private final AuthorDesk authors;
    private final TagDesk tags;
    private final BodyRenderer bodies;
    private final Clock clock;
    private final StructuredData structuredData;

    SitePages(SiteLayouts layouts, Stories articles, PublishedStories stories, SectionDesk sections,
            AuthorDesk authors, TagDesk tags, BodyRenderer bodies, Clock clock, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.layouts = layouts;
        this.articles = articles;
        this.stories = stories;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.bodies = bodies;
        this.clock = clock;
    }

    HomePage home() {
        SiteSettings site = layouts.settings();
        ArabicDates dates = site.dates();
        Instant now = clock.instant();
        List<Article> newest = stories.newest(HOME_LATEST + 1);
        SurrogateKeys keys = SurrogateKeys.of(SurrogateKeys.HOME).stories(ids(newest));
        List<Card> latest = cards(newest, dates, now);
        Card lead = latest.isEmpty() ? null : latest.get(0);
        List<HomePage.SectionBlock> blocks = new ArrayList<>();
        for (var entry : stories.newestInEach(sections.all(), HOME_PER_SECTION).entrySet()) {
            Section section = entry.getKey();
            List<Article> inSection = entry.getValue();
            keys.stories(ids(inSection));
            List<Card> cards = cards(inSection, dates, now);
            if (!cards.isEmpty()) {
                blocks.add(new HomePage.SectionBlock(section.name(), Permalinks.section(section), cards));
            }
        }
        Layout layout = layouts.layout(site, null, site.tagline(), Permalinks.home(), null);
        layout = layout.withCard(layout.card(), structuredData.home(layout, site)).withCacheKeys(keys);
        return new HomePage(layout, lead, latest.isEmpty() ? latest : latest.subList(1, latest.size()), blocks);
    }

    SectionPage section(String slug, int page) {
        Section section = sections.bySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
        SiteSettings site = layouts.settings();
        Page<Article> found = requirePage(stories.numbered(PublishedStories.Filter.in(section), page, PAGE_SIZE), page);
        String title = titleWithPage(section.name(), page, site);
        Layout layout = layouts.layout(site, title, Messages.text("feed.section", section.name()), Permalinks.sectionPage(section, page), section.slug());
        layout = layout.withFeeds(sectionFeeds(section, layout.baseUrl()))
                .withCacheKeys(SurrogateKeys.of(SurrogateKeys.section(section.id())).stories(ids(found.getContent())));
        return new SectionPage(layout, section.name(), cards(found.getContent(), site.dates(), clock.instant()),
                pagination(found, site, n -> Permalinks.sectionPage(section, n)));
    }

    AuthorPage author(String slug, int page) {
        Author author = authors.bySlug(slug).orElseThrow(() -> new NotFoundException("author " + slug));
        SiteSettings site = layouts.settings();
        Page<Article> found = requireListed(stories.numbered(PublishedStories.Filter.by(author), page, PAGE_SIZE), page);
        Layout layout = layouts.layout(site, titleWithPage(author.name(), page, site),
                author.title() != null ? author.name() + "، " + author.title() : author.name(),
                Permalinks.authorPage(author, page), null);
        layout = layout.withFeeds(Layout.Alternate.both(author.name(), layout.baseUrl(), atom -> Permalinks.authorFeed(author, atom)))
                .withCacheKeys(SurrogateKeys.of(SurrogateKeys.author(author.id())).stories(ids(found.getContent())));
        return new AuthorPage(layout, author.name(), author.title(), author.bio(),
                author.photo() == null ? null : BodyRenderer.figure(author.photo(), null, null),
                cards(found.getContent(), site.dates(), clock.instant()),
                pagination(found, site, n -> Permalinks.authorPage(author, n)));
    }

    TagPage tag(String slug, int page) {
        Tag tag = tags.bySlug(slug).orElseThrow(() -> new NotFoundException("tag " + slug));
        SiteSettings site = layouts.settings();
        Page<Article> found = requireListed(stories.numbered(PublishedStories.Filter.tagged(tag), page, PAGE_SIZE), page);
        Layout layout = layouts.layout(site, titleWithPage(tag.name(), page, site), Messages.text("feed.tag", tag.name()),
                Permalinks.tagPage(tag, page), null);
        layout = layout.withFeeds(Layout.Alternate.both(tag.name(), layout.baseUrl(), atom -> Permalinks.tagFeed(tag, atom)))
                .withCacheKeys(SurrogateKeys.of(SurrogateKeys.tag(tag.id())).stories(ids(found.getContent())));
        return new TagPage(layout, tag.name(), cards(found.getContent(), site.dates(), clock.instant()),
                pagination(found, site, n -> Permalinks.tagPage(tag, n)));
    }

    /** The published story, or a 404: drafts and unknown ids look the same to a reader. */
    Article published(long id) {
        return stories.find(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    String canonicalUrl(long id) {
        return Permalinks.article(published(id));
    }

    ArticlePage article(long id) {
        return page(published(id), true);
    }

    /**
     * A story as its public page will look, for staff who may see it (ArticleDesk.canSee: editors any, others
     * their own and published ones), under a banner; one never published shows no date, as it has none yet.
     */
    ArticlePage preview(Actor actor, long id) {
        Article article = articles.withDetails(id).orElseThrow(() -> new NotFoundException("article " + id));
        if (!ArticleDesk.canSee(actor, article)) {
            throw new NotAllowedException("story.preview.not-yours");
        }
        return page(article, false, null);
    }

    /** The story as typed in the editor and not saved (ArticleDesk.preview), under a banner that says so. */
    ArticlePage livePreview(Article unsaved) {
        return page(unsaved, false, Messages.text("story.preview.live"));
    }

    /** A published story's page names the stories it links, so that unpublishing one of them empties it; a preview is never cached. */
    private ArticlePage page(Article article, boolean cacheable) {
        return page(article, cacheable, null);
    }

    private ArticlePage page(Article article, boolean cacheable, String banner) {
        SiteSettings site = layouts.settings();
        ArabicDates dates = site.dates();
        Section section = article.section();
        Layout layout = layouts.layout(site, article.seoTitle() != null ? article.seoTitle() : article.headline(),
                // a story without a standfirst (most imported ones) is described by its opening, not by nothing
                article.seoDescription() != null ? article.seoDescription() : article.summary(),
                Permalinks.article(article), section.slug());
        layout = layout.withFeeds(sectionFeeds(section, layout.baseUrl()));
        boolean published = article.status() == ArticleStatus.PUBLISHED;
        Instant shown = shownTime(article);
        String publishedIso = dates.iso(shown);
        String modifiedIso = dates.iso(article.updatedAt().isAfter(shown) ? article.updatedAt() : shown);
        String base = layout.baseUrl();
        SocialCards.CardImage card = cardImage(article, base);
        layout = layout.withCard(
                SocialCards.article(layout, article.headline(), card, new SocialCards.StoryFacts(publishedIso, modifiedIso,
                        section.name(), article.authors().stream().map(a -> base + Permalinks.author(a)).toList(),
                        article.tags().stream().map(Tag::name).sorted().toList())),
                structuredData.story(layout, site, article, card, publishedIso, modifiedIso));
        boolean updated = article.updatedAfterPublishing();
        BodyRenderer.Rendered body = bodies.render(article, READ_ALSO);
        if (cacheable) {
            layout = layout.withCacheKeys(SurrogateKeys.of(SurrogateKeys.story(article.id())).stories(body.linkedStories()));
        }
        return new ArticlePage(layout,
                new Link(section.name(), Permalinks.section(section)),
                article.headline(),
                article.standfirst(),
                article.leadMedia() == null ? null : BodyRenderer.figure(article.leadMedia(), null, null),
                published || cacheable ? publishedIso : null,
                published || cacheable ? dates.dateTime(shown) : null,
                updated ? dates.iso(article.updatedAt()) : null,
                updated ? dates.dateTime(article.updatedAt()) : null,
                site.showHijri() ? dates.hijriDate(shown) : null,
                article.authors().stream()
                        .map(a -> new ArticlePage.Byline(a.name(), Permalinks.author(a), a.title())).toList(),
                body.blocks(),
                article.tags().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                        .map(t -> new Link(t.name(), Permalinks.tag(t))).toList(),
                Permalinks.shortLink(article.id()),
                body.readAlso(),
                banner != null ? banner : cacheable ? null
                        : published ? Messages.text("story.preview.published") : Messages.text("story.preview.unpublished"));
    }

    private static SocialCards.CardImage cardImage(Article article, String base) {
        MediaAsset lead = article.leadMedia();
        if (lead == null) {
            return new SocialCards.CardImage(base + Permalinks.shareImage(article), SocialCards.SHARE_WIDTH,
                    SocialCards.SHARE_HEIGHT, article.headline());
        }
        // social sites cut a wide picture from the middle; this one is cut around the focal point the editor chose
        int width = lead.shareWidth();
        return new SocialCards.CardImage(base + Permalinks.wideMedia(lead, width), width, MediaAsset.wideHeight(width),
                lead.altText());
    }

    private static List<Layout.Alternate> sectionFeeds(Section section, String base) {
        return Layout.Alternate.both(section.name(), base, atom -> Permalinks.sectionFeed(section, atom));
    }

    /** A preview of a story never published shows when it was last saved. */
    private static Instant shownTime(Article article) {
        return article.publishedAt() != null ? article.publishedAt() : article.updatedAt();
    }

    /**
     * A byline's or tag's page exists once a published story carries it: one typed into a draft (by a contributor,
     * say) is nobody's business until then.
     */
    private static Page<Article> requireListed(Page<Article> page, int number) {
        if (page.getTotalElements() == 0) {
            throw new NotFoundException("nothing published under it yet");
        }
        return requirePage(page, number);
    }

    private static Page<Article> requirePage(Page<Article> page, int number) {
        if (number > 1 && page.getContent().isEmpty()) {
            throw new NotFoundException("page " + number);
        }
        return page;
    }

    private static String titleWithPage(String name, int page, SiteSettings site) {
        return page <= 1 ? name : Messages.text("site.page.numbered", name, site.dates().number(page));
    }

    private static Pagination pagination(Page<Article> page, SiteSettings site, java.util.function.IntFunction<String> url) {
        int number = page.getNumber() + 1;
        return new Pagination(site.dates().number(number), site.dates().number(Math.max(1, page.getTotalPages())),
                page.hasPrevious() ? url.apply(number - 1) : null,
                page.hasNext() ? url.apply(number + 1) : null);
    }

    private static List<Long> ids(List<Article> list) {
        return list.stream().map(Article::id).toList();
    }

    static List<Card> cards(List<Article> list, ArabicDates dates, Instant now) {
        return list.stream().map(a -> new Card(a.headline(), Permalinks.article(a), a.standfirst(),
                a.section().name(), Permalinks.section(a.section()), dates.iso(a.publishedAt()),
                dates.relative(a.publishedAt(), now),
                a.leadMedia() == null ? null : BodyRenderer.cardFigure(a.leadMedia()))).toList();
    }
}
