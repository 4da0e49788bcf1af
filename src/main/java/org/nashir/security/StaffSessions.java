package org.nashir.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** The signed-in principal of this request and of its session, replaced together. */
public final class StaffSessions {

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private StaffSessions() {
    }

    /**
     * After their own password change, the session that made it carries the new stamp and stays signed in; every
     * other session of the account ends at its next request ({@link AccountRefresh}).
     */
    public static void carryOn(StaffPrincipal staff, String stamp, HttpServletRequest request, HttpServletResponse response) {
        replace(staff.as(staff.role(), staff.displayName(), stamp), request, response);
    }

    static void replace(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        SESSIONS.saveContext(context, request, response);
    }
}
