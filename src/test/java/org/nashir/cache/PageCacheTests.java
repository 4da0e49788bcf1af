package org.nashir.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** A page emptied or grown old is rendered by one request; the others wait for it or get the old copy. */
class PageCacheTests {

    private final PageCache cache = new PageCache(new CacheProperties(
            new CacheProperties.Pages(true, DataSize.ofMegabytes(1), Duration.ofMinutes(1)),
            new CacheProperties.Http(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofDays(1)),
            List.of(), new CacheProperties.Overload(4, Duration.ofSeconds(1), Duration.ofSeconds(5)), Duration.ofMillis(500)));

    private static MockHttpServletRequest request(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/world/12/story");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        return request;
    }

    @Test
    void aPageIsKeptUnderTheAddressItsLinksAreWrittenWith() {
        // behind a TLS proxy, a plain request with a forged port 443 must not fill the copy HTTPS readers get
        assertThat(PageCacheFilter.key(request("http", "news.example", 443), null))
                .isNotEqualTo(PageCacheFilter.key(request("https", "news.example", 443), null));
        // with the address configured, links come from it alone, and a forwarded host changes nothing kept
        assertThat(PageCacheFilter.key(request("http", "evil.example", 80), "https://news.example"))
                .isEqualTo(PageCacheFilter.key(request("https", "news.example", 443), "https://news.example"))
                .isEqualTo("https://news.example/world/12/story");
    }

    @Test
    void onlyTheFirstRequestRendersAMissingPageAndTheOthersGetItsResult() throws Exception {
        assertThat(cache.startRendering("/world")).isNull();
        CountDownLatch other = cache.startRendering("/world");
        assertThat(other).isNotNull();

        CompletableFuture<CachedPage> waiting = CompletableFuture.supplyAsync(() -> cache.awaitRendering(other, "/world"));
        cache.put("/world", page("story-1"), cache.startRender());
        cache.doneRendering("/world");

        assertThat(waiting.get().keys()).contains("story-1");
        assertThat(cache.startRendering("/world")).as("free again once rendered").isNull();
        cache.doneRendering("/world");
    }

    @Test
    void aPageGrowsOldAfterItsLifetimeButIsKeptForTheRequestsThatDoNotRenderIt() {
        cache.put("/sport", page("story-2", System.currentTimeMillis()), cache.startRender());
        cache.put("/culture", page("story-6", System.currentTimeMillis() - Duration.ofMinutes(2).toMillis()), cache.startRender());
        assertThat(cache.fresh(cache.get("/sport"))).isTrue();
        assertThat(cache.get("/culture")).isNotNull();
        assertThat(cache.fresh(cache.get("/culture"))).isFalse();
    }

    @Test
    void aPageRenderedWhileAChangeWasEmptiedIsNotKept() {
        PageCache.Render render = cache.startRender();
        cache.purge(Set.of("story-3"));
        cache.put("/economy", page("story-3"), render);
        assertThat(cache.get("/economy")).isNull();
    }

    @Test
    void aPageRenderedWhileAnotherStoryWasEmptiedIsKept() {
        PageCache.Render render = cache.startRender();
        cache.purge(Set.of("story-7"));
        cache.put("/travel", page("story-8"), render);
        assertThat(cache.get("/travel")).isNotNull();

        PageCache.Render later = cache.startRender();
        cache.purge(Set.of("site"));
        cache.put("/travel", page("story-8"), later);
        assertThat(cache.get("/travel")).as("a purge of the whole site names every page").isNull();
    }

    @Test
    void aChangeEmptiesThePagesNamingItAndNoOthers() {
        cache.put("/a", page("story-4"), cache.startRender());
        cache.put("/b", page("story-5"), cache.startRender());
        cache.purge(Set.of("story-4"));
        assertThat(cache.get("/a")).isNull();
        assertThat(cache.get("/b")).isNotNull();
        cache.purge(Set.of("site"));
        assertThat(cache.get("/b")).isNull();
    }

    private static CachedPage page(String key) {
        return page(key, System.currentTimeMillis());
    }

    private static CachedPage page(String key, long storedAt) {
        return CachedPage.of("text/html;charset=UTF-8", "<p>نص</p>".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "\"0abc\"", List.of(), Set.of("site", key), storedAt);
    }
}
