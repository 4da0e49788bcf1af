package org.nashir.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

final class SiteRedirects {

    private SiteRedirects() {
    }

    /** A 301 to a path we built ourselves, already percent-encoded, so it must not be encoded twice. */
    static RedirectView permanent(String path) {
        RedirectView view = new RedirectView(path, true, false);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        view.setExposeModelAttributes(false);
        return view;
    }
}
