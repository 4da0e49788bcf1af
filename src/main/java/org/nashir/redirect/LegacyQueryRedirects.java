package org.nashir.redirect;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * WordPress's query-string addresses ({@code /?p=123}, {@code /?cat=4}, …) land on our home page,
 * which would answer 200 with the home page; these answer 301 to what they named instead. Every other
 * old address is a 404 here first and is looked up there (site.SiteErrors).
 */
@Component
class LegacyQueryRedirects extends OncePerRequestFilter {

    private final LegacyUrls urls;

    LegacyQueryRedirects(LegacyUrls urls) {
        this.urls = urls;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        return query == null || !(path.equals("/") || path.equals("/index.php"))
                || LegacyUrls.QUERY_FORMS.stream().noneMatch(name -> request.getParameter(name) != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> moved = urls.movedTo(request, "/");
        if (moved.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(HttpHeaders.LOCATION, moved.get());
    }
}
