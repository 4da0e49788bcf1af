package org.nashir.article.body;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** Providers whose links a story may embed. They render as a link card: no third-party script reaches a reader. */
public enum EmbedProvider {
    YOUTUBE("يوتيوب", Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be")),
    X("إكس", Set.of("x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com")),
    FACEBOOK("فيسبوك", Set.of("facebook.com", "www.facebook.com", "m.facebook.com", "fb.watch")),
    INSTAGRAM("إنستغرام", Set.of("instagram.com", "www.instagram.com"));

    private final String arabicName;
    private final Set<String> hosts;

    EmbedProvider(String arabicName, Set<String> hosts) {
        this.arabicName = arabicName;
        this.hosts = hosts;
    }

    public String arabicName() {
        return arabicName;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EmbedProvider fromJson(String name) {
        for (EmbedProvider provider : values()) {
            if (provider.jsonName().equals(name)) {
                return provider;
            }
        }
        return null;
    }

    /** The provider of an address a story may embed, or null when it is none of ours. */
    public static EmbedProvider forUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (EmbedProvider provider : values()) {
            if (provider.accepts(uri)) {
                return provider;
            }
        }
        return null;
    }

    boolean accepts(URI uri) {
        return "https".equals(uri.getScheme()) && uri.getHost() != null
                && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT)) && uri.getUserInfo() == null
                && uri.getPort() == -1;
    }
}
