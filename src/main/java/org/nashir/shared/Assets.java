package org.nashir.shared;

import gg.jte.Content;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts, fonts and icons under content-hashed names ({@code site-<md5>.css}), cached
 * by browsers and CDNs for a year as immutable: a changed file gets a new name, so nobody ever waits
 * for an old copy to expire. Templates ask {@link #url} for the name; Spring serves it and rewrites
 * the font links inside stylesheets to their hashed names the same way.
 */
@Configuration
public class Assets implements WebMvcConfigurer {

    /** The readers' stylesheet, written into every reader page's head. */
    public static final String READER_CSS = "/assets/css/site.css";

    private static final Map<String, String> VERSIONED = new ConcurrentHashMap<>();
    private static final Map<String, String> INLINED = new ConcurrentHashMap<>();
    private static final Pattern CSS_TOKEN = Pattern.compile("\"[^\"]*\"|/\\*.*?\\*/|\\s*([{};,>])\\s*|\\s+", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("url\\(\"(/assets/[^\"]+)\"\\)");

    /** The hashed URL of a file under {@code static/}, e.g. {@code /assets/css/site.css}. */
    public static String url(String path) {
        return VERSIONED.computeIfAbsent(path, Assets::versioned);
    }

    /** Whether {@code path} names a file under {@code static/}. */
    public static boolean exists(String path) {
        return Assets.class.getResource("/static" + path) != null;
    }

    /**
     * A stylesheet's text for a {@code <style>} element, its links hashed: the page then renders
     * after one round trip, with no stylesheet request blocking it.
     */
    public static Content inlineCss(String path) {
        String css = inlined(path);
        // our own stylesheet, written as it is: a Content is not escaped, so templates need no $unsafe
        return output -> output.writeContent(css);
    }

    /**
     * The Content-Security-Policy source ({@code 'sha256-…'}) that allows exactly the {@code <style>}
     * {@link #inlineCss} writes: a hash rather than a nonce, because kept and CDN-cached pages are the
     * same bytes for every reader, and a nonce replayed to everyone would protect nothing.
     */
    public static String inlineCssSource(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inlined(path).getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String inlined(String path) {
        return INLINED.computeIfAbsent(path, p -> LINK.matcher(minified(read(p))).replaceAll(
                match -> Matcher.quoteReplacement("url(\"" + url(match.group(1)) + "\")")));
    }

    /**
     * The style sheet without its comments and the spaces nobody reads: it is in every page, and every byte of it
     * is paid on every page served. Quoted strings are left as they are.
     */
    static String minified(String css) {
        return CSS_TOKEN.matcher(css).replaceAll(match -> {
            String token = match.group();
            if (token.startsWith("\"")) {
                return Matcher.quoteReplacement(token);
            }
            if (token.startsWith("/*")) {
                return "";
            }
            return match.group(1) != null ? match.group(1) : " ";
        }).strip();
    }

    private static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = Assets.class.getResourceAsStream("/static" + path);
        if (in == null) {
            throw new IllegalArgumentException("No static file " + path);
        }
        return in;
    }

    private static String versioned(String path) {
        try (InputStream in = open(path)) {
            String hash = DigestUtils.md5DigestAsHex(in);
            int dot = path.lastIndexOf('.');
            return path.substring(0, dot) + '-' + hash + path.substring(dot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
