package org.nashir.api;

import jakarta.servlet.http.HttpServletRequest;
import org.nashir.settings.SiteSettingsService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The content key, when the site asks for one, in front of every API that hands out published stories: the
 * content API, search and its suggestions, and related stories. Closing one door while the next stays open
 * would close nothing.
 */
@ControllerAdvice(assignableTypes = {ContentApiController.class, SearchApiController.class, RelatedApiController.class})
class ContentKey {

    static final String HEADER = "X-Content-Key";

    private final SiteSettingsService settings;

    ContentKey(SiteSettingsService settings) {
        this.settings = settings;
    }

    /** Runs before every endpoint of those controllers. */
    @ModelAttribute
    void require(HttpServletRequest request) {
        String expected = settings.current().contentApiKey();
        if (expected == null) {
            return;
        }
        String given = request.getHeader(HEADER) != null ? request.getHeader(HEADER) : request.getParameter("key");
        if (!ApiRequests.sameSecret(given, expected)) {
            throw new ApiUnauthorizedException(given == null ? "api.content-key.missing" : "api.content-key.wrong");
        }
    }
}
