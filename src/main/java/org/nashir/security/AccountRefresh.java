package org.nashir.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.nashir.shared.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every signed-in request to the account as it is now, not as it was at sign-in: one query by id per
 * back-office request (readers carry no session and cost nothing). A disabled or deleted account, or one whose
 * password changed since (another security stamp), ends the session; a changed role or name replaces the
 * session's principal, so a demoted administrator is a contributor from their very next request, on any node.
 */
final class AccountRefresh extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountRefresh.class);

    private record Account(Role role, boolean enabled, String stamp, String displayName) {
    }

    private final JdbcTemplate jdbc;

    AccountRefresh(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            List<Account> found = jdbc.query("select role, enabled, security_stamp, display_name from app_user where id = ?",
                    (row, n) -> new Account(Role.valueOf(row.getString(1)), row.getBoolean(2), row.getString(3),
                            row.getString(4)), staff.id());
            Account now = found.isEmpty() ? null : found.get(0);
            if (now == null || !now.enabled() || !Objects.equals(now.stamp(), staff.stamp())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                log.info("Session of {} ended: the account was {}", LogText.of(staff.username()),
                        now == null ? "deleted" : !now.enabled() ? "disabled" : "given a new password");
            } else if (now.role() != staff.role() || !now.displayName().equals(staff.displayName())) {
                StaffSessions.replace(staff.as(now.role(), now.displayName(), now.stamp()), request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
