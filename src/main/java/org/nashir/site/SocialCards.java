package org.nashir.site;

import java.util.ArrayList;
import java.util.List;
import org.nashir.site.Layout.MetaTag;

/** Open Graph and Twitter card tags: every page gets a card, a story page an article card with its times and byline. */
final class SocialCards {

    static final int SHARE_WIDTH = 1200;
    static final int SHARE_HEIGHT = 630;
    static final String SITE_IMAGE = "/share/site.png";

    /** The picture on a card: the lead image's largest sensible variant, or the generated one. */
    record CardImage(String url, int width, int height, String alt) {
    }

    /** A story's dates and people, already absolute and in ISO 8601 with the site's offset. */
    record StoryFacts(String publishedIso, String modifiedIso, String section, List<String> authorUrls, List<String> tags) {
    }

    private SocialCards() {
    }

    static List<MetaTag> website(Layout layout, String title) {
        return tags(layout, "website", title, new CardImage(layout.baseUrl() + SITE_IMAGE, SHARE_WIDTH, SHARE_HEIGHT,
                layout.siteName()), null);
    }

    static List<MetaTag> article(Layout layout, String headline, CardImage image, StoryFacts facts) {
        return tags(layout, "article", headline, image, facts);
    }

    private static List<MetaTag> tags(Layout layout, String type, String title, CardImage image, StoryFacts facts) {
        List<MetaTag> tags = new ArrayList<>();
        og(tags, "og:type", type);
        og(tags, "og:site_name", layout.siteName());
        og(tags, "og:locale", "ar_AR");
        og(tags, "og:title", title);
        og(tags, "og:description", layout.description());
        og(tags, "og:url", layout.absoluteCanonicalUrl());
        og(tags, "og:image", image.url());
        og(tags, "og:image:width", Integer.toString(image.width()));
        og(tags, "og:image:height", Integer.toString(image.height()));
        og(tags, "og:image:alt", image.alt());
        if (facts != null) {
            og(tags, "article:published_time", facts.publishedIso());
            og(tags, "article:modified_time", facts.modifiedIso());
            og(tags, "article:section", facts.section());
            facts.authorUrls().forEach(url -> og(tags, "article:author", url));
            facts.tags().forEach(tag -> og(tags, "article:tag", tag));
        }
        twitter(tags, "twitter:card", "summary_large_image");
        twitter(tags, "twitter:title", title);
        twitter(tags, "twitter:description", layout.description());
        twitter(tags, "twitter:image", image.url());
        twitter(tags, "twitter:image:alt", image.alt());
        return List.copyOf(tags);
    }

    private static void og(List<MetaTag> tags, String key, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(new MetaTag(true, key, content));
        }
    }

    private static void twitter(List<MetaTag> tags, String key, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(new MetaTag(false, key, content));
        }
    }
}
