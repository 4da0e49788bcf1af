package org.nashir.site;

import org.nashir.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Section fronts, author and tag pages. Page 1 lives at the bare URL; later pages at {@code …/page/N},
 * which stay stable for crawlers; {@code …/page/1} answers 301 to the bare URL.
 */
@Controller
class ListingController {

    private static final String PAGE = "/page/{page:\\d{1,6}}";

    private final SitePages pages;

    ListingController(SitePages pages) {
        this.pages = pages;
    }

    @GetMapping("/{section}")
    String section(@PathVariable String section, Model model) {
        model.addAttribute("page", pages.section(section, 1));
        return "site/section";
    }

    @GetMapping("/{section}" + PAGE)
    Object sectionPage(@PathVariable String section, @PathVariable int page, Model model) {
        if (page == 1) {
            return firstPage(pages.section(section, 1).layout());
        }
        model.addAttribute("page", pages.section(section, requireValid(page)));
        return "site/section";
    }

    @GetMapping("/author/{slug}")
    String author(@PathVariable String slug, Model model) {
        model.addAttribute("page", pages.author(slug, 1));
        return "site/author";
    }

    @GetMapping("/author/{slug}" + PAGE)
    Object authorPage(@PathVariable String slug, @PathVariable int page, Model model) {
        if (page == 1) {
            return firstPage(pages.author(slug, 1).layout());
        }
        model.addAttribute("page", pages.author(slug, requireValid(page)));
        return "site/author";
    }

    @GetMapping("/tag/{slug}")
    String tag(@PathVariable String slug, Model model) {
        model.addAttribute("page", pages.tag(slug, 1));
        return "site/tag";
    }

    @GetMapping("/tag/{slug}" + PAGE)
    Object tagPage(@PathVariable String slug, @PathVariable int page, Model model) {
        if (page == 1) {
            return firstPage(pages.tag(slug, 1).layout());
        }
        model.addAttribute("page", pages.tag(slug, requireValid(page)));
        return "site/tag";
    }

    private static int requireValid(int page) {
        if (page < 1) {
            throw new NotFoundException("page " + page);
        }
        return page;
    }

    private static RedirectView firstPage(Layout layout) {
        return SiteRedirects.permanent(layout.canonicalUrl());
    }
}
