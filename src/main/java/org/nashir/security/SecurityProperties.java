package org.nashir.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What browsers are told about the site's pages, and how much any one client may ask of it
 * (docs/operators/security.md). {@code maxRequestBody} bounds forms and JSON; uploads have
 * spring.servlet.multipart's bounds.
 */
@Validated
@ConfigurationProperties("nashir.security")
public record SecurityProperties(@Valid @DefaultValue Hsts hsts, @Valid @DefaultValue RateLimits rateLimits,
        @DefaultValue("4MB") @NotNull DataSize maxRequestBody, @Valid @DefaultValue BodyRate bodyRate) {

    /**
     * How slowly a form or JSON body may arrive: after {@code grace}, at least {@code minimum} a second on average.
     * A phone on a poor network sends a story's form well within it; a client sending a byte every few seconds,
     * to hold a worker for as long as its body lasts, is cut off when the grace ends.
     *
     * @param grace   time every body has before the rate counts
     * @param minimum bytes a second, on average, from the start of the body
     */
    public record BodyRate(@DefaultValue("10s") @NotNull Duration grace, @DefaultValue("4KB") @NotNull DataSize minimum) {

        /** Whether {@code bytes} read in {@code elapsedNanos} came slower than allowed. */
        public boolean tooSlow(long elapsedNanos, long bytes) {
            double allowedNanos = grace.toNanos() + bytes * 1e9 / Math.max(1, minimum.toBytes());
            return elapsedNanos > allowedNanos;
        }
    }

    /**
     * Strict-Transport-Security, sent on HTTPS responses only (behind a proxy that ends TLS, set
     * {@code server.forward-headers-strategy} so that the site knows the request was HTTPS).
     *
     * @param enabled           send it
     * @param maxAge            how long browsers refuse plain HTTP for the site once they have seen it
     * @param includeSubdomains the same for every subdomain; leave on only when all of them serve HTTPS
     * @param preload           ask to be listed in browsers' preload lists (hard to undo)
     */
    public record Hsts(@DefaultValue("true") boolean enabled, @DefaultValue("365d") @NotNull Duration maxAge,
            @DefaultValue("false") boolean includeSubdomains, @DefaultValue("false") boolean preload) {
    }

    /**
     * Requests one client address may make; past them the answer is 429 with {@code Retry-After}.
     *
     * @param enabled off only when a proxy in front does the same job
     * @param search  searches, on the page and through the API
     * @param api     the content and admin APIs
     * @param signIn  sign-in and first-password forms sent
     */
    public record RateLimits(@DefaultValue("true") boolean enabled, @Valid Limit search, @Valid Limit api, @Valid Limit signIn) {

        public RateLimits {
            search = search != null ? search : new Limit(30, Duration.ofMinutes(1));
            api = api != null ? api : new Limit(300, Duration.ofMinutes(1));
            signIn = signIn != null ? signIn : new Limit(10, Duration.ofMinutes(1));
        }
    }

    /** At most {@code requests} in any {@code per}, refilled steadily. */
    public record Limit(@Positive int requests, @DefaultValue("1m") @NotNull Duration per) {
    }
}
