package org.nashir.article;

import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.shared.Slugs;
import org.nashir.tag.Tag;

/**
 * Builds every public URL of the site, percent-encoded with upper-case hex. Templates and feeds never
 * put paths together themselves, so a change of URL scheme happens here and nowhere else.
 */
public final class Permalinks {

    private Permalinks() {
    }

    public static String home() {
        return "/";
    }

    /** {@code /world/1234/<slug>}: the id resolves the story, the slug is for people and search engines. */
    public static String article(Article article) {
        String base = section(article.section()) + "/" + article.id();
        return article.slug().isEmpty() ? base : base + "/" + Slugs.encode(article.slug());
    }

    public static String shortLink(long articleId) {
        return "/a/" + articleId;
    }

    public static String section(Section section) {
        return "/" + Slugs.encode(section.slug());
    }

    public static String sectionPage(Section section, int page) {
        return page <= 1 ? section(section) : section(section) + "/page/" + page;
    }

    public static String author(Author author) {
        return "/author/" + Slugs.encode(author.slug());
    }

    public static String authorPage(Author author, int page) {
        return page <= 1 ? author(author) : author(author) + "/page/" + page;
    }

    public static String tag(Tag tag) {
        return "/tag/" + Slugs.encode(tag.slug());
    }

    public static String tagPage(Tag tag, int page) {
        return page <= 1 ? tag(tag) : tag(tag) + "/page/" + page;
    }

    public static String media(MediaAsset asset, int width) {
        return "/media/" + asset.fileKey() + "/" + width + ".jpg";
    }
}
