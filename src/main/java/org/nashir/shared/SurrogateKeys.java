package org.nashir.shared;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of the content a public response shows, sent as {@code Surrogate-Key} (Fastly, Varnish
 * xkey) and {@code Cache-Tag} (Cloudflare). A response that carries them may be kept by the page
 * cache and by CDNs; a content event empties exactly the responses naming what it changed.
 *
 * <ul>
 * <li>{@code story-ID}: every page that shows or links the story (its own page, listings, related boxes)</li>
 * <li>{@code section-ID}, {@code author-ID}, {@code tag-ID}: that listing's pages and feeds</li>
 * <li>{@code home}, {@code feed} (the site's own feeds), {@code sitemap}</li>
 * <li>{@code site}: every page, for changes to what all of them share (settings, navigation)</li>
 * </ul>
 */
public final class SurrogateKeys {

    public static final String HEADER = "Surrogate-Key";
    public static final String SITE = "site";
    public static final String HOME = "home";
    public static final String FEED = "feed";
    public static final String SITEMAP = "sitemap";

    private final Set<String> keys = new LinkedHashSet<>();

    private SurrogateKeys() {
        keys.add(SITE);
    }

    public static SurrogateKeys of(String... keys) {
        SurrogateKeys result = new SurrogateKeys();
        result.keys.addAll(java.util.List.of(keys));
        return result;
    }

    public static String story(long id) {
        return "story-" + id;
    }

    public static String section(long id) {
        return "section-" + id;
    }

    public static String author(long id) {
        return "author-" + id;
    }

    public static String tag(long id) {
        return "tag-" + id;
    }

    public SurrogateKeys stories(Collection<Long> ids) {
        ids.forEach(id -> keys.add(story(id)));
        return this;
    }

    public Set<String> keys() {
        return Set.copyOf(keys);
    }

    /** The header value: keys separated by spaces. */
    @Override
    public String toString() {
        return keys.stream().collect(Collectors.joining(" "));
    }
}
