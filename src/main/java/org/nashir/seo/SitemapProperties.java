package org.nashir.seo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sitemaps are cut.
 *
 * @param partSize stories to a monthly sitemap file before it continues in {@code -2}, {@code -3}…; the
 *                 protocol allows 50,000
 */
@Validated
@ConfigurationProperties("nashir.sitemap")
public record SitemapProperties(@DefaultValue("10000") @Min(1) @Max(50_000) int partSize) {
}
