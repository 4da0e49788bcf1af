package org.nashir.cache;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the configured CDNs and Varnish servers which keys to empty. Calls leave at once and do not
 * wait: a slow or broken CDN never holds up the newsroom; a failure is logged, and the CDN's copy
 * lives on for its {@code s-maxage} at most.
 */
@Component
class CdnPurge {

    private static final Logger log = LoggerFactory.getLogger(CdnPurge.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<CacheProperties.PurgeEndpoint> endpoints;
    private final JsonMapper json;
    private final HttpClient client;

    CdnPurge(CacheProperties properties, JsonMapper json) {
        this.endpoints = properties.purge();
        this.json = json;
        this.client = endpoints.isEmpty() ? null : HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    void purge(Set<String> keys) {
        for (CacheProperties.PurgeEndpoint endpoint : endpoints) {
            HttpRequest request = request(endpoint, keys);
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null) {
                    log.warn("CDN purge to {} failed: {}", endpoint.url(), failure.toString());
                } else if (response.statusCode() >= 300) {
                    log.warn("CDN purge to {} answered {}", endpoint.url(), response.statusCode());
                }
            });
        }
    }

    private HttpRequest request(CacheProperties.PurgeEndpoint endpoint, Set<String> keys) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.url()).timeout(TIMEOUT);
        endpoint.headers().forEach(builder::header);
        if (endpoint.format() == CacheProperties.PurgeEndpoint.Format.JSON_TAGS) {
            builder.header("Content-Type", "application/json")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(
                            json.writeValueAsString(java.util.Map.of("tags", keys.stream().sorted().toList()))));
        } else {
            builder.header(endpoint.header(), keys.stream().sorted().collect(Collectors.joining(" ")))
                    .method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }
}
