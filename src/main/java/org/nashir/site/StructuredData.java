package org.nashir.site;

import java.util.List;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.settings.SiteAddress;
import org.nashir.settings.SiteSettings;
import org.nashir.shared.Messages;
import org.nashir.tag.Tag;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD: {@code NewsArticle} and {@code BreadcrumbList} on story pages, {@code WebSite}
 * with a {@code SearchAction} on the home page; every property Google's article documentation lists.
 */
@Component
class StructuredData {

    private final JsonMapper json;

    StructuredData(JsonMapper json) {
        this.json = json;
    }

    JsonLd story(Layout layout, SiteSettings site, Article article, SocialCards.CardImage card, String publishedIso,
            String modifiedIso) {
        String base = layout.baseUrl();
        String url = layout.absoluteCanonicalUrl();
        ObjectNode news = json.createObjectNode();
        news.put("@type", "NewsArticle");
        news.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", url);
        news.put("url", url);
        news.put("headline", article.headline());
        news.put("description", article.summary());
        news.set("image", json.createArrayNode().add(image(article.leadMedia(), card)));
        news.put("datePublished", publishedIso);
        news.put("dateModified", modifiedIso);
        ArrayNode authors = news.putArray("author");
        for (Author author : article.authors()) {
            ObjectNode person = authors.addObject().put("@type", "Person").put("name", author.name())
                    .put("url", base + Permalinks.author(author));
            if (author.title() != null) {
                person.put("jobTitle", author.title());
            }
        }
        news.set("publisher", publisher(site, base));
        news.put("inLanguage", "ar");
        news.put("articleSection", article.section().name());
        List<String> keywords = article.tags().stream().map(Tag::name).sorted().toList();
        if (!keywords.isEmpty()) {
            news.put("keywords", String.join(", ", keywords));
        }
        news.put("isAccessibleForFree", true);

        ObjectNode crumbs = json.createObjectNode().put("@type", "BreadcrumbList");
        ArrayNode items = crumbs.putArray("itemListElement");
        crumb(items, 1, Messages.text("site.home"), base + Permalinks.home());
        crumb(items, 2, article.section().name(), base + Permalinks.section(article.section()));
        crumb(items, 3, article.headline(), url);
        return graph(news, crumbs);
    }

    JsonLd home(Layout layout, SiteSettings site) {
        String base = layout.baseUrl();
        ObjectNode website = json.createObjectNode().put("@type", "WebSite").put("name", site.name())
                .put("url", base + Permalinks.home()).put("inLanguage", "ar");
        if (site.tagline() != null) {
            website.put("description", site.tagline());
        }
        website.set("publisher", publisher(site, base));
        website.putObject("potentialAction").put("@type", "SearchAction")
                .put("query-input", "required name=search_term_string")
                .putObject("target").put("@type", "EntryPoint").put("urlTemplate", base + "/search?q={search_term_string}");
        return graph(website);
    }

    private ObjectNode image(MediaAsset lead, SocialCards.CardImage card) {
        ObjectNode image = json.createObjectNode().put("@type", "ImageObject").put("url", card.url())
                .put("width", card.width()).put("height", card.height());
        if (lead != null) {
            if (lead.caption() != null) {
                image.put("caption", lead.caption());
            }
            if (lead.credit() != null) {
                image.put("creditText", lead.credit());
                image.putObject("copyrightHolder").put("@type", "Organization").put("name", lead.credit());
            }
        }
        return image;
    }

    private ObjectNode publisher(SiteSettings site, String base) {
        ObjectNode publisher = json.createObjectNode().put("@type", "NewsMediaOrganization").put("name", site.name())
                .put("url", base + Permalinks.home());
        // search engines take a raster logo: the mark drawn for the home screen stands for the default one
        publisher.putObject("logo").put("@type", "ImageObject").put("url", SiteAddress.absolute(base,
                site.logoPath().equals(SiteSettings.DEFAULT_LOGO) ? SiteIcons.LARGE : site.logoPath()));
        return publisher;
    }

    private static void crumb(ArrayNode items, int position, String name, String url) {
        items.addObject().put("@type", "ListItem").put("position", position).put("name", name).put("item", url);
    }

    private JsonLd graph(ObjectNode... nodes) {
        ObjectNode root = json.createObjectNode().put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (ObjectNode node : nodes) {
            graph.add(node);
        }
        return JsonLd.of(json, root);
    }
}
