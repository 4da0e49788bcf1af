package org.nashir.cache;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The page cache, the lifetimes sent to browsers and CDNs, CDN purges, load shedding, and how often a node reads
 * the purges other nodes asked for ({@code clusterPoll}, which ClusterPurges is scheduled with)
 * (docs/operators/caching.md explains each).
 */
@Validated
@ConfigurationProperties("nashir.cache")
public record CacheProperties(@Valid @DefaultValue Pages pages, @Valid @DefaultValue Http http,
        @Valid @DefaultValue List<PurgeEndpoint> purge, @Valid @DefaultValue Overload overload,
        @DefaultValue("PT0.5S") @NotNull @DurationMin(millis = 10) Duration clusterPoll) {

    /**
     * @param enabled    keep rendered reader pages in memory
     * @param maxSize    memory for kept pages, plain and compressed bodies counted; unset, an eighth of the heap
     * @param timeToLive a kept page is rendered again after this long even without a content event,
     *                   because cards show relative times («منذ ساعتين») and the breaking strip has a window
     */
    public record Pages(@DefaultValue("true") boolean enabled, DataSize maxSize,
            @DefaultValue("PT1M") @NotNull Duration timeToLive) {

        /**
         * A share of the heap rather than a fixed size: 64 MB of pages beside the live data of a 10,000-story
         * site left a 256 MB heap in back-to-back full collections under the soak (bench/soak).
         */
        DataSize memory() {
            return maxSize != null ? maxSize : DataSize.ofBytes(Runtime.getRuntime().maxMemory() / 8);
        }
    }

    /**
     * @param maxAge               browsers' lifetime ({@code max-age})
     * @param sharedMaxAge         CDNs' and proxies' lifetime ({@code s-maxage}); raise it when purges are configured
     * @param staleWhileRevalidate a shared cache may answer with an expired copy this long while it fetches a new one
     * @param staleIfError         a shared cache may answer with an expired copy this long while the site is down
     */
    public record Http(@DefaultValue("PT1M") @NotNull Duration maxAge, @DefaultValue("PT5M") @NotNull Duration sharedMaxAge,
            @DefaultValue("PT1M") @NotNull Duration staleWhileRevalidate, @DefaultValue("P1D") @NotNull Duration staleIfError) {
    }

    /**
     * One CDN or Varnish purge endpoint, called after each content change with the keys to empty.
     *
     * @param url     where to send the purge
     * @param method  HTTP method: PURGE for Varnish, POST for Fastly and Cloudflare
     * @param format  how the keys travel: in a header ({@code HEADER}) or as a JSON body {@code {"tags": [...]}}
     * @param header  the header carrying the keys, space-separated, with format HEADER
     * @param headers further headers sent as they are, such as the API token
     */
    public record PurgeEndpoint(@NotNull URI url, @DefaultValue("PURGE") @NotNull String method,
            @DefaultValue("HEADER") @NotNull Format format, @DefaultValue("xkey-purge") @NotNull String header,
            @DefaultValue Map<String, String> headers) {

        public enum Format { HEADER, JSON_TAGS }
    }

    /**
     * @param maxConcurrent requests rendered at once; the page cache's hits and staff pages do not count
     * @param queueTimeout  how long a request waits for its turn before it is answered 503
     * @param retryAfter    what the 503 tells the client to wait
     */
    public record Overload(@DefaultValue("16") @Positive int maxConcurrent, @DefaultValue("PT2S") @NotNull Duration queueTimeout,
            @DefaultValue("PT10S") @NotNull Duration retryAfter) {
    }
}
