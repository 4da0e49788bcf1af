package org.nashir.seo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.PublishedStories;
import org.nashir.media.MediaAsset;
import org.nashir.section.SectionDesk;
import org.nashir.settings.SiteAddress;
import org.nashir.settings.SiteSettings;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which URLs go into which sitemap file. Articles are grouped by month of publication (UTC), so a
 * month's file changes only when one of its stories does; a month with more stories than a file may
 * hold continues in further parts. Files stay far below the protocol's 50,000 URLs and 50 MB.
 */
@Service
@Transactional(readOnly = true)
class Sitemaps {

    /** The Google News sitemap covers two days and at most 1,000 stories. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_LIMIT = 1000;

    private final PublishedStories articles;
    private final SectionDesk sections;
    private final SiteSettingsService settings;
    private final SiteAddress address;
    private final Clock clock;
    private final int partSize;

    Sitemaps(PublishedStories articles, SectionDesk sections, SiteSettingsService settings, SiteAddress address,
            Clock clock, SitemapProperties properties) {
        this.articles = articles;
        this.sections = sections;
        this.settings = settings;
        this.address = address;
        this.clock = clock;
        this.partSize = properties.partSize();
    }

    record Entry(String loc, Instant lastmod, List<String> images, News news) {
    }

    record News(String publication, Instant published, String title) {
    }

    String base() {
        return address.base();
    }

    /** Every sitemap file: the taxonomy parts, then each month's parts, then the news sitemap. */
    List<Entry> index() {
        String base = base();
        List<Entry> files = new ArrayList<>();
        int taxonomy = taxonomyUrls(base).size();
        for (int part = 1; part <= parts(taxonomy, partSize); part++) {
            files.add(new Entry(base + Permalinks.taxonomySitemap(part), null, List.of(), null));
        }
        for (Object[] row : articles.countByMonth()) {
            YearMonth month = YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            long count = ((Number) row[2]).longValue();
            Instant changed = instant(row[3]);
            for (int part = 1; part <= parts(count, partSize); part++) {
                files.add(new Entry(base + Permalinks.articleSitemap(month, part), changed, List.of(), null));
            }
        }
        files.add(new Entry(base + Permalinks.newsSitemap(), null, List.of(), null));
        return files;
    }

    /** How many files {@code count} URLs take at {@code partSize} a file; never fewer than one. */
    static int parts(long count, int partSize) {
        return (int) Math.max(1, (count + partSize - 1) / partSize);
    }

    List<Entry> month(YearMonth month, int part) {
        if (part < 1) {
            throw new NotFoundException("sitemap part " + part);
        }
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Article> found = articles.between(from, to, part - 1, partSize);
        if (found.isEmpty()) {
            throw new NotFoundException("sitemap " + month + " part " + part);
        }
        String base = base();
        return found.stream().map(a -> new Entry(base + Permalinks.article(a), lastChange(a), images(a.leadMedia(), base),
                null)).toList();
    }

    List<Entry> taxonomy(int part) {
        List<String> urls = taxonomyUrls(base());
        int from = (part - 1) * partSize;
        if (part < 1 || (from >= urls.size() && part > 1)) {
            throw new NotFoundException("taxonomy sitemap part " + part);
        }
        return urls.subList(from, Math.min(urls.size(), from + partSize)).stream()
                .map(url -> new Entry(url, null, List.of(), null)).toList();
    }

    List<Entry> news() {
        SiteSettings site = settings.current();
        String base = address.base(site);
        return articles.since(clock.instant().minus(NEWS_WINDOW), NEWS_LIMIT).stream()
                .map(a -> new Entry(base + Permalinks.article(a), lastChange(a), images(a.leadMedia(), base),
                        new News(site.name(), a.publishedAt(), a.headline())))
                .toList();
    }

    private List<String> taxonomyUrls(String base) {
        List<String> urls = new ArrayList<>();
        sections.all().forEach(s -> urls.add(base + Permalinks.section(s)));
        articles.authorsInUse().stream().sorted(Comparator.comparing(a -> a.id()))
                .forEach(a -> urls.add(base + Permalinks.author(a)));
        articles.tagsInUse().stream().sorted(Comparator.comparing(t -> t.id()))
                .forEach(t -> urls.add(base + Permalinks.tag(t)));
        return urls;
    }

    private static Instant lastChange(Article article) {
        return article.updatedAt().isAfter(article.publishedAt()) ? article.updatedAt() : article.publishedAt();
    }

    private static List<String> images(MediaAsset lead, String base) {
        return lead == null ? List.of() : List.of(base + Permalinks.media(lead, lead.shareWidth()));
    }

    /** Native queries answer with whatever type the driver picks for a timestamp. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof BigDecimal || value == null) {
            return null;
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
