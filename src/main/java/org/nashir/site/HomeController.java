package org.nashir.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final SitePages pages;

    HomeController(SitePages pages) {
        this.pages = pages;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", pages.home());
        return "site/home";
    }
}
