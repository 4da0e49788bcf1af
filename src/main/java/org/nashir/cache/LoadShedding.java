package org.nashir.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.nashir.shared.Refusal;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the requests rendered at once. Past the bound a request waits a little for its turn, then
 * is answered 503 with {@code Retry-After} at once: under a flood the site keeps answering quickly
 * (from the page cache, or with a clear refusal) instead of queueing work until memory runs out.
 * Cache hits never get here; the newsroom's pages, images and static files are not counted.
 */
class LoadShedding extends OncePerRequestFilter {

    private static final Refusal BUSY = new Refusal(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "refusal.busy",
            "refusal.busy.page",
            "refusal.busy.detail");

    private final Semaphore turns;
    private final long waitNanos;
    private final long retryAfter;

    LoadShedding(CacheProperties.Overload overload) {
        this.turns = new Semaphore(overload.maxConcurrent(), true);
        this.waitNanos = overload.queueTimeout().toNanos();
        this.retryAfter = overload.retryAfter().toSeconds();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return PageCacheFilter.staffOrFile(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            BUSY.send(request, response, retryAfter);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
