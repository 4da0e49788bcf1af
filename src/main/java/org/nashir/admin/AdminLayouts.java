package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.nashir.article.ArticleDesk;
import org.nashir.article.ArticleStatus;
import org.nashir.security.StaffAccounts;
import org.nashir.security.StaffPrincipal;
import org.nashir.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

@Component
class AdminLayouts {

    private static final Logger log = LoggerFactory.getLogger(AdminLayouts.class);

    private final ArticleDesk desk;
    private final StaffAccounts accounts;

    AdminLayouts(ArticleDesk desk, StaffAccounts accounts) {
        this.desk = desk;
        this.accounts = accounts;
    }

    AdminLayout layout(HttpServletRequest request, String title, String notice) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StaffPrincipal staff = current();
        List<AdminLayout.NavItem> navigation = new ArrayList<>();
        if (staff != null) {
            String path = request.getRequestURI();
            navigation.add(item("admin.nav.stories", "/admin/stories", path));
            navigation.add(notices(staff, path));
            navigation.add(item("admin.nav.media", "/admin/media", path));
            if (staff.role().canPublish()) {
                awaitingReview().ifPresent(navigation::add);
                navigation.add(item("admin.nav.front", "/admin/front", path));
                navigation.add(item("admin.nav.reads", "/admin/reads", path));
                navigation.add(item("admin.nav.sections", "/admin/sections", path));
                navigation.add(item("admin.nav.authors", "/admin/authors", path));
                navigation.add(item("admin.nav.tags", "/admin/tags", path));
                navigation.add(item("admin.nav.search", "/admin/search", path));
            }
            if (staff.role().canManageSite()) {
                navigation.add(item("admin.nav.users", "/admin/users", path));
                navigation.add(item("admin.nav.webhooks", "/admin/webhooks", path));
                navigation.add(item("admin.nav.settings", "/admin/settings", path));
                navigation.add(item("admin.nav.import", "/admin/import", path));
            }
            navigation.add(item("admin.nav.account", "/admin/account", path));
        }
        return new AdminLayout(Messages.text("admin.title", title), staff == null ? null : staff.displayName(),
                staff == null ? null : staff.role().arabicName(), navigation,
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(), notice);
    }

    /** Editors are told, on every page, how many stories wait for them; none is no item. */
    private java.util.Optional<AdminLayout.NavItem> awaitingReview() {
        long waiting;
        try {
            waiting = desk.awaitingReview();
        } catch (DataAccessException e) {
            // the page (perhaps the one saying the database is down) is drawn without the count
            log.debug("Stories awaiting review not counted: {}", e.getMessage());
            return java.util.Optional.empty();
        }
        return waiting == 0 ? java.util.Optional.empty() : java.util.Optional.of(new AdminLayout.NavItem(
                Messages.text("admin.nav.review", waiting, String.valueOf(waiting)),
                "/admin/stories?status=" + ArticleStatus.IN_REVIEW.ordinal(), false));
    }

    /** What the newsroom tells this person, with how many came since they last looked. */
    private AdminLayout.NavItem notices(StaffPrincipal staff, String path) {
        long unseen = 0;
        try {
            unseen = desk.unseenNotices(staff.actor(), accounts.find(staff.id()).noticesSeenAt());
        } catch (RuntimeException e) {
            log.debug("Notices not counted: {}", e.getMessage());
        }
        return new AdminLayout.NavItem(unseen == 0 ? Messages.text("admin.nav.notices")
                : Messages.text("admin.nav.notices.new", unseen), "/admin/notices", path.startsWith("/admin/notices"));
    }

    private static AdminLayout.NavItem item(String key, String href, String path) {
        return new AdminLayout.NavItem(Messages.text(key), href, path.startsWith(href));
    }

    static StaffPrincipal current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
    }
}
