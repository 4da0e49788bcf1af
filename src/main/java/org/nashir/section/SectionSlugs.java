package org.nashir.section;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section slugs share the first URL segment with the site's own routes, so those names are reserved.
 */
final class SectionSlugs {

    static final Set<String> RESERVED = Set.of("a", "admin", "api", "assets", "author", "tag", "media", "search",
            "feed", "feeds", "rss", "sitemap.xml", "robots.txt", "error", "login", "logout", "actuator", "page", "preview");

    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");

    private SectionSlugs() {
    }

    static String requireValid(String slug) {
        if (slug == null || !VALID.matcher(slug).matches() || slug.length() > 100) {
            throw new IllegalArgumentException("A section slug is letters and digits joined by single hyphens: " + slug);
        }
        if (RESERVED.contains(slug)) {
            throw new IllegalArgumentException("The section slug is reserved for the site's own pages: " + slug);
        }
        return slug;
    }
}
