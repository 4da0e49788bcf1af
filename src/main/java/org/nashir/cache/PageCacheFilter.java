package org.nashir.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.nashir.shared.StaffPaths;
import org.nashir.shared.SurrogateKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves reader pages from the {@link PageCache} before anything else runs: no security chain, no
 * controller, no template, no database. A miss goes through the application as usual; its answer is
 * kept when it names its content ({@link SurrogateKeys}), is a plain 200 and sets no cookie.
 *
 * <p>Every response naming its content also gets the caching headers for browsers and CDNs, whether
 * the page cache is on or not.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String STATUS_HEADER = "X-Cache";
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-type", "transfer-encoding",
            "date", "content-encoding", "vary", "set-cookie", "x-cache", "age", "keep-alive", "connection",
            "strict-transport-security");

    private final PageCache cache;
    private final String cacheControl;
    private final Supplier<String> configuredBase;

    PageCacheFilter(PageCache cache, CacheProperties.Http http, Supplier<String> configuredBase) {
        this.cache = cache;
        this.configuredBase = configuredBase;
        this.cacheControl = "public, max-age=" + http.maxAge().toSeconds() + ", s-maxage=" + http.sharedMaxAge().toSeconds()
                + ", stale-while-revalidate=" + http.staleWhileRevalidate().toSeconds()
                + ", stale-if-error=" + http.staleIfError().toSeconds();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    /** Staff pages are never kept (and forward to error pages, which a buffering wrapper would swallow); files carry their own caching. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return staffOrFile(request);
    }

    /** The newsroom's requests and files: neither kept by the page cache nor counted by the load shedder. */
    static boolean staffOrFile(HttpServletRequest request) {
        String path = request.getServletPath();
        return StaffPaths.matches(request) || path.startsWith("/assets/") || path.startsWith("/media/")
                || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        boolean renders = false;
        if (key != null) {
            CachedPage page = cache.get(key);
            if (page != null && cache.fresh(page)) {
                serve(page, request, response, "HIT");
                return;
            }
            // one request renders a page that is missing or old; the others get the old copy, or wait for the new one
            CountDownLatch other = cache.startRendering(key);
            if (other != null && page != null) {
                serve(page, request, response, "STALE");
                return;
            }
            if (other != null) {
                page = cache.awaitRendering(other, key);
                if (page != null) {
                    serve(page, request, response, "HIT");
                    return;
                }
            }
            renders = other == null;
        }
        try {
            if (key == null || !"GET".equals(request.getMethod())) {
                chain.doFilter(request, new NamingContent(response));
            } else {
                render(key, request, response, chain);
            }
        } finally {
            if (renders) {
                cache.doneRendering(key);
            }
        }
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PageCache.Render started = cache.startRender();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        String keys = capture.getHeader(SurrogateKeys.HEADER);
        if (keys != null) {
            lifetimes(response, keys);
        }
        if (keys == null || capture.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)) {
            capture.copyBodyToResponse();
            return;
        }
        CachedPage made = CachedPage.of(capture.getContentType(), capture.getContentAsByteArray(),
                response.getHeader(HttpHeaders.ETAG), replayed(response), Set.of(keys.split(" ")),
                System.currentTimeMillis());
        cache.put(key, made, started);
        serve(made, request, response, "MISS");
    }

    private void lifetimes(HttpServletResponse response, String keys) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader("Cache-Tag", keys.replace(' ', ','));
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    /** A response not kept here still tells browsers and CDNs how long to keep it, once it names its content. */
    private final class NamingContent extends HttpServletResponseWrapper {

        NamingContent(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            named(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            named(name, value);
        }

        private void named(String name, String value) {
            if (SurrogateKeys.HEADER.equalsIgnoreCase(name) && value != null) {
                lifetimes((HttpServletResponse) getResponse(), value);
            }
        }
    }

    /** The page's key, or null when this request must not be answered from the cache. */
    private String key(HttpServletRequest request) {
        if (!cache.enabled()) {
            return null;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        if (!onlyTracking(request.getQueryString()) || hasStaffSession(request)) {
            return null;
        }
        return key(request, configuredBase.get());
    }

    /**
     * A page is kept under the address its absolute links are written with: the configured one, else scheme, host
     * and port of the request (as a proxy's forwarded headers made them). Without the scheme, one plain-HTTP request
     * would give HTTPS readers a page of «http://…:443» links.
     */
    static String key(HttpServletRequest request, String configuredBase) {
        String base = configuredBase != null ? configuredBase
                : request.getScheme() + "://" + request.getServerName() + ':' + request.getServerPort();
        return base + request.getRequestURI();
    }

    /** Links shared on social networks carry campaign parameters that change nothing on the page. */
    static boolean onlyTracking(String query) {
        if (query == null) {
            return true;
        }
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0];
            if (!name.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasStaffSession(HttpServletRequest request) {
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        return cookies != null && cookies.contains("SESSION=");
    }

    private static List<CachedPage.Header> replayed(HttpServletResponse response) {
        List<CachedPage.Header> headers = new ArrayList<>();
        for (String name : Set.copyOf(response.getHeaderNames())) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new CachedPage.Header(name, value));
                }
            }
        }
        return List.copyOf(headers);
    }

    /** If-None-Match decides when sent; else If-Modified-Since against the page's Last-Modified. */
    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String tags = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (tags != null) {
            return page.etag() != null && tags.contains(page.etag());
        }
        String since = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        String modified = page.header(HttpHeaders.LAST_MODIFIED);
        if (since == null || modified == null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(modified, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .isAfter(ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response, String status)
            throws IOException {
        response.resetBuffer();
        for (CachedPage.Header header : page.headers()) {
            response.setHeader(header.name(), header.value());
        }
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(STATUS_HEADER, status);
        response.setHeader(HttpHeaders.AGE, Long.toString(Math.max(0, System.currentTimeMillis() - page.storedAtMillis()) / 1000));
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        byte[] body = page.body();
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (page.gzipped() != null && accepted != null && accepted.contains("gzip")) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            body = page.gzipped();
        }
        response.setContentLength(body.length);
        response.setBufferSize(body.length + 4096);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
