package org.nashir.article.body;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.nashir.shared.Messages;

/** Providers whose links a story may embed. They render as a link card: no third-party script reaches a reader. */
public enum EmbedProvider {
    YOUTUBE("embed.youtube", Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be")),
    X("embed.x", Set.of("x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com")),
    FACEBOOK("embed.facebook", Set.of("facebook.com", "www.facebook.com", "m.facebook.com", "fb.watch")),
    INSTAGRAM("embed.instagram", Set.of("instagram.com", "www.instagram.com"));

    private final String nameKey;
    private final Set<String> hosts;

    EmbedProvider(String nameKey, Set<String> hosts) {
        this.nameKey = nameKey;
        this.hosts = hosts;
    }

    public String arabicName() {
        return Messages.text(nameKey);
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
