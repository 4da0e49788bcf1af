package org.nashir.settings;

import org.nashir.shared.NashirProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address, for the absolute URLs that leave the site: feeds, sitemaps, structured
 * data, social cards, API links and webhook payloads. The installation's {@code nashir.base-url} wins,
 * then the address an administrator typed in the settings, then the address the request came to
 * (behind a proxy, with {@code server.forward-headers-strategy}).
 */
@Component
public class SiteAddress {

    private final NashirProperties properties;
    private final Environment environment;
    private final SiteSettingsService settings;

    SiteAddress(NashirProperties properties, Environment environment, SiteSettingsService settings) {
        this.properties = properties;
        this.environment = environment;
        this.settings = settings;
    }

    /** For callers that have not read the settings already. */
    public String base() {
        return base(settings.current());
    }

    public String base(SiteSettings site) {
        String configured = configured(site);
        if (configured != null) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).build().toUriString();
        }
        // a scheduled publication has no request; only a site without any configured address gets here
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }

    /** The address an operator or the settings give, or null when pages take the one the request came to. */
    public String configured() {
        return configured(settings.current());
    }

    private String configured(SiteSettings site) {
        if (properties.baseUrl() != null) {
            return properties.baseUrl();
        }
        return site.baseUrl() != null && !site.baseUrl().isBlank() ? stripSlash(site.baseUrl()) : null;
    }

    /** A path of the site made absolute; an address that already is absolute (a logo elsewhere) stays as it is. */
    public static String absolute(String base, String pathOrUrl) {
        return pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://") ? pathOrUrl : base + pathOrUrl;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
