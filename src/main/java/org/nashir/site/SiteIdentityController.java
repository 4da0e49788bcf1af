package org.nashir.site;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nashir.settings.SiteSettings;
import org.nashir.shared.Assets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What browsers and phones ask a site for besides its pages: the web manifest (name, direction, colours, icons) for
 * adding it to a home screen, and the icons at the sizes they want, {@code /favicon.ico} included (a PNG, which every
 * browser reads under that name).
 */
@RestController
class SiteIdentityController {

    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final SiteLayouts layouts;
    private final Map<Integer, byte[]> drawn = new ConcurrentHashMap<>();

    SiteIdentityController(SiteLayouts layouts) {
        this.layouts = layouts;
    }

    @GetMapping(value = "/manifest.webmanifest", produces = "application/manifest+json")
    ResponseEntity<Map<String, Object>> manifest() {
        SiteSettings site = layouts.settings();
        Map<String, Object> manifest = Map.of(
                "name", site.name(),
                "short_name", site.name(),
                "description", site.tagline() != null ? site.tagline() : site.name(),
                "lang", "ar",
                "dir", "rtl",
                "start_url", "/",
                "display", "minimal-ui",
                "background_color", "#ffffff",
                "theme_color", "#a3161a",
                "icons", List.of(
                        Map.of("src", Assets.url("/assets/img/favicon.svg"), "type", "image/svg+xml", "sizes", "any"),
                        Map.of("src", SiteIcons.SMALL, "type", "image/png", "sizes", "192x192"),
                        Map.of("src", SiteIcons.LARGE, "type", "image/png", "sizes", "512x512")));
        return ResponseEntity.ok().cacheControl(A_DAY).body(manifest);
    }

    @GetMapping(SiteIcons.TOUCH)
    ResponseEntity<byte[]> touch() {
        return icon(180);
    }

    @GetMapping(SiteIcons.SMALL)
    ResponseEntity<byte[]> small() {
        return icon(192);
    }

    @GetMapping(SiteIcons.LARGE)
    ResponseEntity<byte[]> large() {
        return icon(512);
    }

    @GetMapping(SiteIcons.FAVICON)
    ResponseEntity<byte[]> favicon() {
        return icon(48);
    }

    private ResponseEntity<byte[]> icon(int size) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(A_DAY)
                .body(drawn.computeIfAbsent(size, SiteIcons::png));
    }
}
