package org.nashir.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A page emptied or grown old is rendered by one request; the others wait for it or get the old copy. */
class PageCacheTests {

    private final PageCache cache = new PageCache(new CacheProperties(
            new CacheProperties.Pages(true, DataSize.ofMegabytes(1), Duration.ofMinutes(1)),
            new CacheProperties.Http(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofDays(1)),
            List.of(), new CacheProperties.Overload(4, Duration.ofSeconds(1), Duration.ofSeconds(5))));

    @Test
    void onlyTheFirstRequestRendersAMissingPageAndTheOthersGetItsResult() throws Exception {
        assertThat(cache.startRendering("/world")).isNull();
        CountDownLatch other = cache.startRendering("/world");
        assertThat(other).isNotNull();

        CompletableFuture<CachedPage> waiting = CompletableFuture.supplyAsync(() -> cache.awaitRendering(other, "/world"));
        long generation = cache.generation();
        cache.put("/world", page("story-1"), generation);
        cache.doneRendering("/world");

        assertThat(waiting.get().keys()).contains("story-1");
        assertThat(cache.startRendering("/world")).as("free again once rendered").isNull();
        cache.doneRendering("/world");
    }

    @Test
    void aPageGrowsOldAfterItsLifetimeButIsKeptForTheRequestsThatDoNotRenderIt() {
        cache.put("/sport", page("story-2", System.currentTimeMillis()), cache.generation());
        cache.put("/culture", page("story-6", System.currentTimeMillis() - Duration.ofMinutes(2).toMillis()), cache.generation());
        assertThat(cache.fresh(cache.get("/sport"))).isTrue();
        assertThat(cache.get("/culture")).isNotNull();
        assertThat(cache.fresh(cache.get("/culture"))).isFalse();
    }

    @Test
    void aPageRenderedWhileAChangeWasEmptiedIsNotKept() {
        long generation = cache.generation();
        cache.purge(Set.of("story-3"));
        cache.put("/economy", page("story-3"), generation);
        assertThat(cache.get("/economy")).isNull();
    }

    @Test
    void aChangeEmptiesThePagesNamingItAndNoOthers() {
        cache.put("/a", page("story-4"), cache.generation());
        cache.put("/b", page("story-5"), cache.generation());
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
