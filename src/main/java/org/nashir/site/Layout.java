package org.nashir.site;

import java.util.ArrayList;
import java.util.List;
import org.nashir.article.body.BlockView.Link;
import org.nashir.shared.SurrogateKeys;

/**
 * What every reader page shares: head metadata (canonical address, feeds, social card, structured
 * data), the header with its navigation, the breaking strip and the footer.
 */
public record Layout(
        String title,
        String description,
        String canonicalUrl,
        String baseUrl,
        String siteName,
        String tagline,
        String logoUrl,
        List<NavItem> navigation,
        List<Link> breaking,
        List<Social> socialLinks,
        String copyright,
        List<Alternate> feeds,
        List<MetaTag> card,
        JsonLd structuredData,
        SurrogateKeys cacheKeys) {

    public record NavItem(String name, String url, boolean current) {
    }

    public record Social(String network, String name, String url) {
    }

    /** A feed offered for autodiscovery: {@code <link rel="alternate">}. */
    public record Alternate(String title, String type, String url) {

        /** A listing's two feeds, from Permalinks' RSS and Atom paths of it. */
        static List<Alternate> both(String name, String base, java.util.function.Function<Boolean, String> feedPath) {
            return List.of(new Alternate(name, "application/rss+xml", base + feedPath.apply(false)),
                    new Alternate(name + " (Atom)", "application/atom+xml", base + feedPath.apply(true)));
        }
    }

    /** {@code <meta property=…>} for Open Graph, {@code <meta name=…>} for Twitter. */
    public record MetaTag(boolean property, String key, String content) {
    }

    /** The canonical address with the site's public origin, as crawlers and social cards need it. */
    public String absoluteCanonicalUrl() {
        return canonicalUrl == null ? null : baseUrl + canonicalUrl;
    }

    Layout withFeeds(List<Alternate> more) {
        List<Alternate> all = new ArrayList<>(feeds);
        all.addAll(more);
        return new Layout(title, description, canonicalUrl, baseUrl, siteName, tagline, logoUrl, navigation, breaking,
                socialLinks, copyright, List.copyOf(all), card, structuredData, cacheKeys);
    }

    Layout withCard(List<MetaTag> card, JsonLd structuredData) {
        return new Layout(title, description, canonicalUrl, baseUrl, siteName, tagline, logoUrl, navigation, breaking,
                socialLinks, copyright, feeds, card, structuredData, cacheKeys);
    }

    /** Marks the page as one the page cache and CDNs may keep, naming the content it shows. */
    Layout withCacheKeys(SurrogateKeys keys) {
        return new Layout(title, description, canonicalUrl, baseUrl, siteName, tagline, logoUrl, navigation, breaking,
                socialLinks, copyright, feeds, card, structuredData, keys);
    }
}
