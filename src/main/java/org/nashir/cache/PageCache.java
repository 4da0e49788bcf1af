package org.nashir.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Rendered reader pages in memory, bounded by their bytes, emptied by the content they name.
 *
 * <p>A page rendered while a purge ran may show the content as it was before it; the generation
 * counter keeps such a page out: it is stored only if no purge started since its rendering began.
 */
@Component
public class PageCache {

    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;

    PageCache(CacheProperties properties) {
        CacheProperties.Pages settings = properties.pages();
        this.enabled = settings.enabled();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfterWrite(settings.timeToLive())
                .build();
    }

    boolean enabled() {
        return enabled;
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    long generation() {
        return generation.get();
    }

    void put(String key, CachedPage page, long renderedAtGeneration) {
        if (generation.get() != renderedAtGeneration) {
            return;
        }
        pages.put(key, page);
        if (generation.get() != renderedAtGeneration) {
            pages.invalidate(key);
        }
    }

    /** Empties every page naming one of the keys; {@code site} names them all. */
    public void purge(Set<String> keys) {
        generation.incrementAndGet();
        pages.asMap().values().removeIf(page -> !Collections.disjoint(page.keys(), keys));
    }

    public long size() {
        return pages.estimatedSize();
    }
}
