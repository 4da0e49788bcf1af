package org.nashir.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.nashir.shared.LogText;
import org.nashir.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client limits on what costs the site most for a caller: searching, the APIs and sign-in.
 * Each client address has a token bucket per kind (Bucket4j); past it the answer is 429 with
 * {@code Retry-After}, written before any rendering, query or session. Buckets live in memory, so
 * each node of a cluster counts its own share; a proxy in front can count for all of them.
 */
final class RequestLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);
    private static final Refusal TOO_MANY = new Refusal(429, "refusal.too-many",
            "refusal.too-many.page",
            "refusal.too-many.detail");

    enum Kind { SEARCH, API, SIGN_IN }

    private final SecurityProperties.RateLimits limits;
    private final Cache<String, Bucket> buckets;

    RequestLimits(SecurityProperties.RateLimits limits) {
        this.limits = limits;
        Duration longest = max(max(limits.search().per(), limits.api().per()), limits.signIn().per());
        // a bucket untouched for its whole period is full again: forgetting it changes nothing
        this.buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(longest).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || kind(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Kind kind = kind(request);
        String client = request.getRemoteAddr();
        Bucket bucket = buckets.get(kind + " " + client, key -> bucket(kind));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Rate limit reached: {} from {}", kind, LogText.of(client));
        TOO_MANY.send(request, response, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }

    /** What a request is counted as, or null when it is not limited here. */
    static Kind kind(HttpServletRequest request) {
        String path = request.getServletPath();
        if (path.equals("/search") || path.startsWith("/api/v1/search")) {
            return Kind.SEARCH;
        }
        if (path.startsWith("/api/")) {
            return Kind.API;
        }
        if ("POST".equals(request.getMethod()) && (path.equals(SecurityConfiguration.LOGIN) || path.startsWith("/admin/setup/"))) {
            return Kind.SIGN_IN;
        }
        return null;
    }

    private Bucket bucket(Kind kind) {
        SecurityProperties.Limit limit = switch (kind) {
            case SEARCH -> limits.search();
            case API -> limits.api();
            case SIGN_IN -> limits.signIn();
        };
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()))
                .build();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
