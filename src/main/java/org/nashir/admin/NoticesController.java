package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.nashir.article.ArticleDesk;
import org.nashir.security.StaffAccounts;
import org.nashir.security.StaffPrincipal;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.Messages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the newsroom tells each person: to editors, the stories sent for review, with the writer's note; to writers,
 * what an editor did to their stories (sent back with a note, published, scheduled...). Reading the page counts them
 * as read.
 */
@Controller
class NoticesController {

    private static final int SHOWN = 50;

    private final ArticleDesk desk;
    private final StaffAccounts accounts;
    private final AdminLayouts layouts;
    private final SiteSettingsService settings;
    private final Clock clock;

    NoticesController(ArticleDesk desk, StaffAccounts accounts, AdminLayouts layouts, SiteSettingsService settings,
            Clock clock) {
        this.desk = desk;
        this.accounts = accounts;
        this.layouts = layouts;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admin/notices")
    ModelAndView notices(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        var seenBefore = accounts.find(staff.id()).noticesSeenAt();
        ArabicDates dates = settings.current().dates();
        Function<String, String> people = accounts.displayNames();
        List<NoticesPage.Line> lines = desk.notices(staff.actor(), SHOWN).stream().map(n -> new NoticesPage.Line(
                "/admin/stories/" + n.articleId(), n.headline(), people.apply(n.actor()), Newsroom.action(n.action()),
                n.note(), dates.dateTime(n.at()), seenBefore == null || n.at().isAfter(seenBefore))).toList();
        accounts.noticesSeen(staff.id(), clock.instant());
        // drawn after marking them read, so the navigation counts none
        return new ModelAndView("admin/notices", "page",
                new NoticesPage(layouts.layout(request, Messages.text("admin.nav.notices"), null), lines));
    }
}
