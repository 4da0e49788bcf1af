package org.nashir.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nashir.shared.Assets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers that tell browsers what the site's pages may do, set first on every response (pages,
 * feeds, the API, files, error pages and refusals alike) so that no later path can leave them out.
 * Nothing is loaded from another origin; the one inline element, the readers' stylesheet, is allowed
 * by its hash; scripts come only from the site's own files.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=(), browsing-topics=()";

    private final String policy;
    private final String hsts;

    SecurityHeaders(SecurityProperties.Hsts hsts, String baseUrl) {
        // blob: for the picture desk's previews of files chosen and not yet uploaded
        String images = (baseUrl == null ? "'self'" : "'self' " + baseUrl) + " blob:";
        this.policy = "default-src 'none'; script-src 'self'; style-src 'self' " + Assets.inlineCssSource(Assets.READER_CSS)
                + "; img-src " + images + "; font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; "
                // the editor's live preview frames the site's own page; nothing else is framed
                + "frame-src 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'";
        this.hsts = hsts.enabled() ? "max-age=" + hsts.maxAge().toSeconds()
                + (hsts.includeSubdomains() ? "; includeSubDomains" : "") + (hsts.preload() ? "; preload" : "") : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (hsts != null && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
        chain.doFilter(request, response);
    }
}
