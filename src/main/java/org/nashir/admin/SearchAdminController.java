package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.nashir.search.IndexMaintenance;
import org.nashir.search.NewsroomVariants;
import org.nashir.security.StaffPrincipal;
import org.nashir.shared.ArabicCounts;
import org.nashir.shared.ArabicDates;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The search index for editors: the newsroom's variant spellings, and rebuilding the index with its progress. */
@Controller
class SearchAdminController {

    private final NewsroomVariants variants;
    private final IndexMaintenance index;
    private final AdminLayouts layouts;
    private final SiteSettingsService settings;
    private final Clock clock;

    SearchAdminController(NewsroomVariants variants, IndexMaintenance index, AdminLayouts layouts,
            SiteSettingsService settings, Clock clock) {
        this.variants = variants;
        this.index = index;
        this.layouts = layouts;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admin/search")
    ModelAndView page(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireTaxonomyEditor();
        String notice = request.getParameter("saved") != null ? Messages.text("search.variants.saved")
                : request.getParameter("started") != null ? Messages.text("search.rebuild.started") : null;
        return page(request, NewsroomVariants.format(variants.list()), null, notice, HttpStatus.OK);
    }

    @PostMapping("/admin/search/variants")
    ModelAndView saveVariants(@RequestParam(defaultValue = "") String variants,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireTaxonomyEditor();
        try {
            this.variants.replace(NewsroomVariants.parse(variants));
        } catch (InvalidInputException e) {
            return page(request, variants, e.getMessage(), null, HttpStatus.BAD_REQUEST);
        }
        index.start("the variant list changed");
        return new ModelAndView("redirect:/admin/search?saved");
    }

    @PostMapping("/admin/search/reindex")
    String reindex(@AuthenticationPrincipal StaffPrincipal staff) {
        staff.actor().requireTaxonomyEditor();
        index.start("asked for by " + staff.displayName());
        return "redirect:/admin/search?started";
    }

    /** How far a rebuild has come, and how long it should still take once its pace is known. */
    private String running(IndexMaintenance.Progress progress, ArabicDates dates) {
        Duration left = progress.remaining(clock.instant());
        String done = dates.number(progress.done());
        String total = dates.number(progress.total());
        if (left == null) {
            return Messages.text("search.rebuild.running", done, total);
        }
        String estimate = left.toMinutes() < 1 ? Messages.text("search.rebuild.under-a-minute")
                : Messages.text("search.rebuild.about",
                        ArabicCounts.of(left.toMinutes(), ArabicCounts.Noun.MINUTES, dates::number));
        return Messages.text("search.rebuild.running.estimate", done, total, estimate);
    }

    private ModelAndView page(HttpServletRequest request, String text, String error, String notice, HttpStatus status) {
        IndexMaintenance.Progress progress = index.progress();
        var dates = settings.current().dates();
        String state = switch (progress.state()) {
            case IDLE -> Messages.text("search.rebuild.idle");
            case RUNNING -> running(progress, dates);
            case DONE -> Messages.text(dates, "search.rebuild.done",
                    ArabicCounts.of(progress.done(), ArabicCounts.Noun.STORIES, dates::number), progress.finishedAt());
            case FAILED -> Messages.text("search.rebuild.failed");
        };
        ModelAndView view = new ModelAndView("admin/search");
        view.addObject("page", new SearchAdminPage(layouts.layout(request, Messages.text("admin.nav.search"), notice), text, error, state,
                progress.state() == IndexMaintenance.State.RUNNING, progress.percent()));
        view.setStatus(status);
        return view;
    }
}
