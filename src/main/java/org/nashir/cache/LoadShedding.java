package org.nashir.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the requests rendered at once. Past the bound a request waits a little for its turn, then
 * is answered 503 with {@code Retry-After} at once: under a flood the site keeps answering quickly
 * (from the page cache, or with a clear refusal) instead of queueing work until memory runs out.
 * Cache hits never get here; the newsroom's pages, images and static files are not counted.
 */
class LoadShedding extends OncePerRequestFilter {

    private static final byte[] PAGE = """
            <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الموقع مشغول</title></head>
            <body><h1>الموقع مشغول الآن</h1><p>يزور الموقع عدد كبير من القرّاء في هذه اللحظة. أعد المحاولة بعد قليل.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);
    private static final byte[] PROBLEM = """
            {"type":"about:blank","title":"الخدمة مشغولة","status":503,"detail":"يستقبل الموقع طلبات أكثر مما يطيق الآن؛ أعد المحاولة بعد المدة المذكورة في Retry-After."}
            """.strip().getBytes(StandardCharsets.UTF_8);

    private final Semaphore turns;
    private final long waitNanos;
    private final String retryAfter;

    LoadShedding(CacheProperties.Overload overload) {
        this.turns = new Semaphore(overload.maxConcurrent(), true);
        this.waitNanos = overload.queueTimeout().toNanos();
        this.retryAfter = Long.toString(Math.max(1, overload.retryAfter().toSeconds()));
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
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean api = request.getServletPath().startsWith("/api/");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(api ? "application/problem+json;charset=UTF-8" : "text/html;charset=UTF-8");
        byte[] body = api ? PROBLEM : PAGE;
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
