package org.nashir.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The story page. The id alone finds the story; any other section, slug or spelling of the path
 * (lower-case hex, for instance) answers 301 to the one canonical URL.
 */
@Controller
class ArticlePageController {

    private static final String ID = "{id:\\d{1,18}}";

    private final SitePages pages;

    ArticlePageController(SitePages pages) {
        this.pages = pages;
    }

    @GetMapping({"/{section}/" + ID, "/{section}/" + ID + "/{slug}"})
    Object article(@PathVariable long id, HttpServletRequest request, Model model) {
        ArticlePage page = pages.article(id);
        String canonical = page.layout().canonicalUrl();
        if (!canonical.equals(request.getRequestURI())) {
            return SiteRedirects.permanent(canonical);
        }
        model.addAttribute("page", page);
        return "site/article";
    }

    @GetMapping("/a/" + ID)
    Object shortLink(@PathVariable long id) {
        return SiteRedirects.permanent(pages.canonicalUrl(id));
    }
}
