package org.nashir.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nashir.article.Article;
import org.nashir.security.StaffPrincipal;
import org.nashir.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

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

    /**
     * The story as typed in the editor, handed over by the newsroom's forward (ArticleDesk.preview made it, checked
     * and unsaved), under a live-preview banner. Reached directly, it is not there. Framed by the editor's page only.
     */
    @RequestMapping(path = "/preview/unsaved", method = {RequestMethod.GET, RequestMethod.POST})
    String unsaved(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getDispatcherType() != DispatcherType.FORWARD || !(request.getAttribute(Article.UNSAVED) instanceof Article story)) {
            throw new NotFoundException("preview");
        }
        model.addAttribute("page", pages.livePreview(story));
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        String policy = response.getHeader("Content-Security-Policy");
        if (policy != null) {
            response.setHeader("Content-Security-Policy", policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
        }
        return "site/article";
    }
}
