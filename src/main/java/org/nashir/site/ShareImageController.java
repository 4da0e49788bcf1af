package org.nashir.site;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.settings.SiteSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Generated social cards. A story's URL carries its version, so its card never changes and is cached
 * for a year; after an edit the page points to a new URL and an old one answers 301 to it.
 */
@Controller
class ShareImageController {

    /** Cards are a few tens of kilobytes; the newest ones are kept, older ones are drawn again if asked for. */
    private static final int KEPT = 200;

    private final SitePages pages;
    private final SiteLayouts layouts;
    private final Map<String, byte[]> drawn = new ConcurrentHashMap<>();

    ShareImageController(SitePages pages, SiteLayouts layouts) {
        this.pages = pages;
        this.layouts = layouts;
    }

    @GetMapping("/share/{id:\\d{1,18}}-{version:\\d{1,9}}.png")
    ResponseEntity<byte[]> story(@PathVariable long id, @PathVariable long version) {
        Article article = pages.published(id);
        String current = Permalinks.shareImage(article);
        if (article.version() != version) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, current).build();
        }
        String name = layouts.settings().name();
        byte[] png = cached(current + "|" + name, () -> ShareImages.render(name, article.headline()));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(png);
    }

    @GetMapping(SocialCards.SITE_IMAGE)
    ResponseEntity<byte[]> site() {
        SiteSettings site = layouts.settings();
        String tagline = site.tagline() != null ? site.tagline() : "";
        byte[] png = cached("site|" + site.name() + "|" + tagline, () -> ShareImages.render(site.name(), tagline));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(png);
    }

    private byte[] cached(String key, java.util.function.Supplier<byte[]> draw) {
        byte[] png = drawn.get(key);
        if (png == null) {
            png = draw.get();
            if (drawn.size() >= KEPT) {
                drawn.clear();
            }
            drawn.put(key, png);
        }
        return png;
    }
}
