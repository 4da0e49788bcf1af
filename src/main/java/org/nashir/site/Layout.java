package org.nashir.site;

import java.util.List;
import org.nashir.article.body.BlockView.Link;

/** What every reader page shares: head metadata, the header with its navigation, the breaking strip and the footer. */
public record Layout(
        String title,
        String description,
        String canonicalUrl,
        String siteName,
        String tagline,
        String logoUrl,
        List<NavItem> navigation,
        List<Link> breaking,
        List<Social> socialLinks,
        String copyright) {

    public record NavItem(String name, String url, boolean current) {
    }

    public record Social(String network, String name, String url) {
    }
}
