package org.nashir.shared;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings that belong to the whole installation.
 *
 * @param dataDir where the embedded database, media files and the search index live
 * @param demo    load the demo site into an empty database on start
 * @param baseUrl the public address (scheme and host, no path) for absolute URLs in feeds, sitemaps,
 *                structured data and webhooks; when absent, the site settings' address, then the request's
 */
@Validated
@ConfigurationProperties("nashir")
public record NashirProperties(@NotNull Path dataDir, boolean demo,
        @Pattern(regexp = "https?://[^/?#\\s]+", message = "nashir.base-url must be scheme and host, e.g. https://news.example") String baseUrl) {
}
