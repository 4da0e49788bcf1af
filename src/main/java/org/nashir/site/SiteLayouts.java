package org.nashir.site;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.nashir.article.Permalinks;
import org.nashir.article.PublishedStories;
import org.nashir.article.StoryChange;
import org.nashir.article.body.BlockView.Link;
import org.nashir.section.SectionDesk;
import org.nashir.settings.SiteAddress;
import org.nashir.settings.SiteSettings;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.Kept;
import org.nashir.shared.Assets;
import org.nashir.shared.Messages;
import org.nashir.shared.SiteWideChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the {@link Layout} every page carries, from the site settings and the sections. */
@Component
class SiteLayouts {

    private static final Duration BREAKING_WINDOW = Duration.ofHours(24);
    private static final int BREAKING_LIMIT = 3;
    private static final Duration KEPT = Duration.ofSeconds(30);

    private final SiteSettingsService settings;
    private final SectionDesk sections;
    private final PublishedStories articles;
    private final Clock clock;
    private final SiteAddress address;
    private final TransactionTemplate transactions;
    /**
     * Kept for {@link #KEPT} at most, and dropped when a story or the site changes (after commit):
     * two queries fewer on every page rendered.
     */
    private final Kept<Chrome> chrome = new Kept<>(KEPT, this::loadChrome);

    SiteLayouts(SiteSettingsService settings, SectionDesk sections, PublishedStories articles, Clock clock,
            SiteAddress address, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.address = address;
        this.settings = settings;
        this.sections = sections;
        this.articles = articles;
        this.clock = clock;
    }

    SiteSettings settings() {
        return settings.current();
    }

    private record NavSection(String name, String url, String slug) {
    }

    /** What every page's header shows whatever the page: the sections and the breaking strip. */
    private record Chrome(List<NavSection> sections, List<Link> breaking) {
    }

    private Chrome loadChrome() {
        return transactions.execute(status -> new Chrome(
                sections.all().stream()
                        .map(s -> new NavSection(s.name(), Permalinks.section(s), s.slug())).toList(),
                articles.breakingSince(clock.instant().minus(BREAKING_WINDOW), BREAKING_LIMIT)
                        .stream().map(a -> new Link(a.headline(), Permalinks.article(a))).toList()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(StoryChange change) {
        chrome.forget();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SiteWideChange change) {
        chrome.forget();
    }

    Layout layout(SiteSettings site, String title, String description, String canonicalUrl, String currentSectionSlug) {
        Chrome shared = chrome.get();
        var navigation = shared.sections().stream()
                .map(s -> new Layout.NavItem(s.name(), s.url(), s.slug().equals(currentSectionSlug)))
                .toList();
        var breaking = shared.breaking();
        var social = site.socialLinks().stream()
                .map(l -> new Layout.Social(l.network().name().toLowerCase(), l.network().arabicName(), l.url()))
                .toList();
        String fullTitle = title == null ? site.name() : title + " | " + site.name();
        String copyright = Messages.text("site.copyright.year", site.dates().number(site.dates().year(clock.instant())),
                site.copyrightHolder());
        String base = address.base(site);
        List<Layout.Alternate> feeds = Layout.Alternate.both(site.name(), base, Permalinks::siteFeed);
        // a page without words of its own (a home page without a tagline) still tells search engines what it is
        String shownDescription = description != null ? description
                : site.tagline() != null ? site.tagline() : Messages.text("feed.site", site.name());
        Layout layout = new Layout(fullTitle, shownDescription, canonicalUrl, base, site.name(), site.tagline(),
                logo(site.logoPath()), navigation, breaking, social, copyright, feeds, List.of(), null, null);
        return layout.withCard(SocialCards.website(layout, title != null ? title : site.name()), null);
    }

    /** A layout without database access, for error pages when the database itself is the problem. */
    static Layout minimal(String title) {
        return new Layout(title, null, null, "", Messages.text("site.default-name"), null, null, List.of(),
                List.of(), List.of(), Messages.text("site.copyright"), List.of(), List.of(), null, null);
    }

    /**
     * The logo's address, or null for the default one: a picture of another name than the site's, so the pages draw
     * the site's name beside its mark. The site's own files go by a name with their hash: they are cached for a
     * year, and a new logo must show at once.
     */
    private static String logo(String path) {
        if (path.equals(SiteSettings.DEFAULT_LOGO)) {
            return null;
        }
        return path.startsWith("/assets/") && Assets.exists(path) ? Assets.url(path) : path;
    }
}
