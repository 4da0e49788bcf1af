package org.nashir.site;

import org.nashir.security.StaffPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A draft or scheduled story rendered by the same template as its public page; /preview needs a staff sign-in,
 * and shows a story only to those who may see it.
 */
@Controller
class PreviewController {

    private final SitePages pages;

    PreviewController(SitePages pages) {
        this.pages = pages;
    }

    @GetMapping("/preview/{id:\\d{1,18}}")
    String preview(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("page", pages.preview(staff.actor(), id));
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        response.setHeader("X-Robots-Tag", "noindex");
        return "site/article";
    }
}
