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

    /** Where a story's page says it was read. */
    public static String reading(long articleId) {
        return "/reads/" + articleId;
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

    /** RSS 2.0 lives at {@code …/feed}, Atom at {@code …/feed/atom}: the paths WordPress readers already know. */
    public static String siteFeed(boolean atom) {
        return feed("", atom);
    }

    public static String sectionFeed(Section section, boolean atom) {
        return feed(section(section), atom);
    }

    public static String authorFeed(Author author, boolean atom) {
        return feed(author(author), atom);
    }

    public static String tagFeed(Tag tag, boolean atom) {
        return feed(tag(tag), atom);
    }

    private static String feed(String listing, boolean atom) {
        return listing + (atom ? "/feed/atom" : "/feed");
    }

    public static String sitemapIndex() {
        return "/sitemap.xml";
    }

    /** One file per month of publication; a month with more than 50,000 stories continues in part 2, 3, … */
    public static String articleSitemap(java.time.YearMonth month, int part) {
        return "/sitemaps/articles-" + month + (part <= 1 ? "" : "-" + part) + ".xml";
    }

    public static String taxonomySitemap(int part) {
        return "/sitemaps/sections-authors-tags" + (part <= 1 ? "" : "-" + part) + ".xml";
    }

    public static String newsSitemap() {
        return "/sitemaps/news.xml";
    }

    /** The generated card for stories without a lead image; the version keeps caches honest after an edit. */
    public static String shareImage(Article article) {
        return "/share/" + article.id() + "-" + article.version() + ".png";
    }

    public static String media(MediaAsset asset, int width) {
        return "/media/" + asset.fileKey() + "/" + width + ".jpg";
    }

    /** A card's 16:9 cut of the image, around its focal point. */
    public static String wideMedia(MediaAsset asset, int width) {
        return "/media/" + asset.fileKey() + "/wide-" + width + ".jpg";
    }
}
