package org.nashir.site;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
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
import org.nashir.front.FrontBlock;
import org.nashir.front.FrontDesk;
import org.nashir.front.FrontStyle;
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
    private static final int READ_ALSO = 4;
    private static final int CROSS_LISTED = 2;
    /** A measured pace for reading Arabic news on screen is 140 to 200 words a minute; the lower end. */
    private static final int WORDS_A_MINUTE = 150;

    private final SiteLayouts layouts;
    private final Stories articles;
    private final PublishedStories stories;
    private final SectionDesk sections;
    private final AuthorDesk authors;
    private final TagDesk tags;
    private final BodyRenderer bodies;
    private final Clock clock;
    private final StructuredData structuredData;
    private final FrontDesk fronts;
    private final Sidebars sidebars;

    SitePages(SiteLayouts layouts, Stories articles, PublishedStories stories, SectionDesk sections,
            AuthorDesk authors, TagDesk tags, BodyRenderer bodies, Clock clock, StructuredData structuredData,
            FrontDesk fronts, Sidebars sidebars) {
        this.structuredData = structuredData;
        this.fronts = fronts;
        this.sidebars = sidebars;
        this.layouts = layouts;
        this.articles = articles;
        this.stories = stories;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.bodies = bodies;
        this.clock = clock;
    }

    /**
     * The home page as the editors arranged it ({@link FrontDesk}): their lead and top stories, then the latest, then
     * the section blocks in their order and kind. Every place they left open, or whose story is no longer published,
     * takes the newest story not yet on the page: no story shows twice.
     */
    HomePage home() {
        SiteSettings site = layouts.settings();
        ArabicDates dates = site.dates();
        Instant now = clock.instant();
        FrontDesk.Front front = fronts.home();
        Map<Long, Article> picked = byId(stories.cards(front.picks().values()));
        List<Article> newest = stories.newest(1 + FrontDesk.TOP_STORIES + HOME_LATEST + picked.size());
        Set<Long> shown = new HashSet<>(picked.keySet());
        Article[] places = new Article[1 + FrontDesk.TOP_STORIES];
        for (int slot = 0; slot < places.length; slot++) {
            places[slot] = picked.get(front.picks().get(slot));
        }
        for (int slot = 0; slot < places.length; slot++) {
            if (places[slot] == null) {
                places[slot] = next(newest, shown);
            }
        }
        List<Article> top = Arrays.stream(places, 1, places.length).filter(Objects::nonNull).toList();
        List<Article> latest = new ArrayList<>();
        for (Article story; latest.size() < HOME_LATEST && (story = next(newest, shown)) != null; ) {
            latest.add(story);
        }
        SurrogateKeys keys = SurrogateKeys.of(SurrogateKeys.HOME).stories(List.copyOf(shown));
        List<HomePage.SectionBlock> blocks = new ArrayList<>();
        Map<Section, FrontStyle> arranged = blocksInOrder(front);
        // a section's newest may already be on the page (or in an earlier block, if listed in two sections):
        // ask for as many more
        List<Article> above = new ArrayList<>(latest);
        Arrays.stream(places).filter(Objects::nonNull).forEach(above::add);
        Map<Section, Integer> limits = new LinkedHashMap<>();
        arranged.forEach((section, style) -> limits.put(section, style.stories() + CROSS_LISTED + (int) above.stream()
                .filter(a -> a.section().id().equals(section.id())).count()));
        for (var entry : stories.newestInEach(limits).entrySet()) {
            Section section = entry.getKey();
            FrontStyle style = arranged.get(section);
            List<Article> inBlock = new ArrayList<>();
            for (Article story : entry.getValue()) {
                if (inBlock.size() < style.stories() && shown.add(story.id())) {
                    inBlock.add(story);
                }
            }
            keys.stories(ids(inBlock));
            if (!inBlock.isEmpty()) {
                blocks.add(new HomePage.SectionBlock(section.name(), Permalinks.section(section), style.name(),
                        cards(inBlock, dates, now)));
            }
        }
        Sidebars.Sidebar sidebar = sidebars.current(dates, now);
        keys.stories(List.copyOf(sidebar.storyIds()));
        Layout layout = layouts.layout(site, null, site.tagline(), Permalinks.home(), null);
        layout = layout.withCard(layout.card(), structuredData.home(layout, site)).withCacheKeys(keys);
        return new HomePage(layout, places[0] == null ? null : card(places[0], dates, now), cards(top, dates, now),
                cards(latest, dates, now), blocks, mostRead(sidebar));
    }

    /** At a reading pace of {@link #WORDS_A_MINUTE} words, never less than a minute. */
    private static String readingTime(Article article, ArabicDates dates) {
        String text = article.body().plainText().strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        int minutes = Math.max(1, Math.round(words / (float) WORDS_A_MINUTE));
        return Messages.text("story.reading-time", minutes, dates.number(minutes));
    }

    private static Link link(Article story) {
        return story == null ? null : new Link(story.headline(), Permalinks.article(story));
    }

    private static MostReadBox mostRead(Sidebars.Sidebar sidebar) {
        return new MostReadBox(sidebar.today(), sidebar.week());
    }

    /** The first of the newest stories not yet on the page, now counted as on it; null when none is left. */
    private static Article next(List<Article> newest, Set<Long> shown) {
        for (Article story : newest) {
            if (shown.add(story.id())) {
                return story;
            }
        }
        return null;
    }

    /** The sections the editors placed, in their order and kind, then the others as grids in the sections' order. */
    private Map<Section, FrontStyle> blocksInOrder(FrontDesk.Front front) {
        List<Section> all = sections.all();
        Map<Long, Section> byId = new LinkedHashMap<>();
        all.forEach(section -> byId.put(section.id(), section));
        Map<Section, FrontStyle> ordered = new LinkedHashMap<>();
        for (FrontBlock block : front.blocks()) {
            Section section = byId.remove(block.sectionId());
            if (section != null && block.style() != FrontStyle.HIDDEN) {
                ordered.put(section, block.style());
            }
        }
        byId.values().forEach(section -> ordered.put(section, FrontStyle.GRID));
        return ordered;
    }

    private static Map<Long, Article> byId(List<Article> list) {
        Map<Long, Article> byId = new LinkedHashMap<>();
        list.forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    /** A section's stories, newest first; on its first page the story the editors pinned leads, and is not repeated. */
    SectionPage section(String slug, int page) {
        Section section = sections.bySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
        SiteSettings site = layouts.settings();
        Page<Article> found = requirePage(stories.numbered(PublishedStories.Filter.in(section), page, PAGE_SIZE), page);
        Article lead = page == 1 ? pinnedLead(section) : null;
        List<Article> listed = found.getContent().stream().filter(a -> lead == null || !a.id().equals(lead.id())).toList();
        String title = titleWithPage(section.name(), page, site);
        Layout layout = layouts.layout(site, title, Messages.text("feed.section", section.name()), Permalinks.sectionPage(section, page), section.slug());
        SurrogateKeys keys = SurrogateKeys.of(SurrogateKeys.section(section.id())).stories(ids(listed));
        if (lead != null) {
            keys.stories(List.of(lead.id()));
        }
        Instant now = clock.instant();
        Sidebars.Sidebar sidebar = sidebars.current(site.dates(), now);
        keys.stories(List.copyOf(sidebar.storyIds()));
        layout = layout.withFeeds(sectionFeeds(section, layout.baseUrl())).withCacheKeys(keys);
        return new SectionPage(layout, section.name(), lead == null ? null : card(lead, site.dates(), now),
                cards(listed, site.dates(), now), pagination(found, site, n -> Permalinks.sectionPage(section, n)),
                mostRead(sidebar));
    }

    /** The story pinned at the head of a section's page, while it is published and still in the section. */
    private Article pinnedLead(Section section) {
        Long pinned = fronts.ofSection(section.id()).lead();
        return pinned == null ? null : stories.cards(List.of(pinned)).stream().filter(a -> a.isIn(section))
                .findFirst().orElse(null);
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
        Instant now = clock.instant();
        Sidebars.Sidebar sidebar = sidebars.current(dates, now);
        PublishedStories.Neighbours neighbours = published ? stories.besides(article)
                : new PublishedStories.Neighbours(null, null);
        if (cacheable) {
            layout = layout.withCacheKeys(SurrogateKeys.of(SurrogateKeys.story(article.id())).stories(body.linkedStories())
                    .stories(List.copyOf(sidebar.storyIds()))
                    .stories(Stream.of(neighbours.older(), neighbours.newer()).filter(Objects::nonNull).map(Article::id).toList()));
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
                        .map(a -> new ArticlePage.Byline(a.name(), Permalinks.author(a), a.title(),
                                a.photo() == null ? null : BodyRenderer.cardFigure(a.photo()))).toList(),
                body.blocks(),
                article.tags().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                        .map(t -> new Link(t.name(), Permalinks.tag(t))).toList(),
                base + Permalinks.shortLink(article.id()),
                // the short link: every network follows it to the story, and it is a tenth of the address's length
                published ? ShareLinks.of(article.headline(), base + Permalinks.shortLink(article.id())) : List.of(),
                readingTime(article, dates),
                link(neighbours.older()), link(neighbours.newer()),
                body.readAlso(),
                banner != null ? banner : cacheable ? null
                        : published ? Messages.text("story.preview.published") : Messages.text("story.preview.unpublished"),
                mostRead(sidebar), cards(sidebar.latestBesides(article.id()), dates, now),
                cacheable ? Permalinks.reading(article.id()) : null);
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
                page.hasNext() ? url.apply(number + 1) : null, true);
    }

    private static List<Long> ids(List<Article> list) {
        return list.stream().map(Article::id).toList();
    }

    static List<Card> cards(List<Article> list, ArabicDates dates, Instant now) {
        return list.stream().map(a -> card(a, dates, now)).toList();
    }

    static Card card(Article a, ArabicDates dates, Instant now) {
        return new Card(a.headline(), Permalinks.article(a), a.standfirst(), a.section().name(),
                Permalinks.section(a.section()), dates.iso(a.publishedAt()), dates.relative(a.publishedAt(), now),
                a.leadMedia() == null ? null : BodyRenderer.cardFigure(a.leadMedia()));
    }
}
