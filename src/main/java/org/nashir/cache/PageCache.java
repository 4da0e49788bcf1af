package org.nashir.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Rendered reader pages in memory, bounded by their bytes, emptied by the content they name.
 *
 * <p>A page rendered while a purge of its content ran may show that content as it was before; such a
 * page is not stored. Each purge is numbered and each key remembers the number of its last purge, so
 * a page is kept unless one of its own keys was purged after its rendering began: in a newsroom that
 * publishes every few seconds, a purge of one story must not keep every other page out of the cache.
 */
@Component
public class PageCache {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);

    private static final long LONGEST_WAIT_MILLIS = 5_000;
    /** How long a key's last purge is remembered; a rendering that took longer is not kept. */
    private static final Duration PURGES_REMEMBERED = Duration.ofMinutes(1);

    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Long> purgedAt = Caffeine.newBuilder().expireAfterWrite(PURGES_REMEMBERED).build();
    private final boolean enabled;
    private final long freshMillis;
    private final ConcurrentHashMap<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

    PageCache(CacheProperties properties) {
        CacheProperties.Pages settings = properties.pages();
        this.enabled = settings.enabled();
        this.freshMillis = settings.timeToLive().toMillis();
        // an old page is still served while one request renders its successor; past five lifetimes it is gone
        DataSize memory = settings.memory();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(memory.toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfterWrite(settings.timeToLive().multipliedBy(5))
                .build();
        if (enabled) {
            log.info("Page cache: up to {} MB of rendered pages", memory.toMegabytes());
        }
    }

    boolean fresh(CachedPage page) {
        return System.currentTimeMillis() - page.storedAtMillis() < freshMillis;
    }

    /**
     * Claims the rendering of a page: null when the caller is to render it (and must call
     * {@link #doneRendering}), else the latch of the request already rendering it. A page emptied by a
     * change is then rendered once, not by every reader who asks for it in the same moment.
     */
    CountDownLatch startRendering(String key) {
        return rendering.putIfAbsent(key, new CountDownLatch(1));
    }

    void doneRendering(String key) {
        CountDownLatch done = rendering.remove(key);
        if (done != null) {
            done.countDown();
        }
    }

    /** Waits for another request's rendering; null when it kept nothing (an error, a purge meanwhile) or took too long. */
    CachedPage awaitRendering(CountDownLatch other, String key) {
        try {
            if (!other.await(LONGEST_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return pages.getIfPresent(key);
    }

    boolean enabled() {
        return enabled;
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    /** Where a rendering starts from: the pages it makes are kept only if their content was not purged since. */
    record Render(long generation, long startedNanos) {
    }

    Render startRender() {
        return new Render(generation.get(), System.nanoTime());
    }

    void put(String key, CachedPage page, Render render) {
        if (purgedSince(page.keys(), render)) {
            return;
        }
        pages.put(key, page);
        // a purge that numbered its keys after the check above and emptied the pages before this put
        if (purgedSince(page.keys(), render)) {
            pages.invalidate(key);
        }
    }

    private boolean purgedSince(Set<String> keys, Render render) {
        if (System.nanoTime() - render.startedNanos() >= PURGES_REMEMBERED.toNanos()) {
            return true;
        }
        for (String key : keys) {
            Long purged = purgedAt.getIfPresent(key);
            if (purged != null && purged > render.generation()) {
                return true;
            }
        }
        return false;
    }

    /** Empties every page naming one of the keys; {@code site} names them all. */
    public void purge(Set<String> keys) {
        long number = generation.incrementAndGet();
        for (String key : keys) {
            purgedAt.asMap().merge(key, number, Math::max);
        }
        pages.asMap().values().removeIf(page -> !Collections.disjoint(page.keys(), keys));
    }

    public long size() {
        return pages.estimatedSize();
    }
}
