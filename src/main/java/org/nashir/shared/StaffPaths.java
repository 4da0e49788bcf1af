package org.nashir.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The paths that answer one member of staff at a time (back office, previews, admin API): never
 * stored by any cache, never given a shared ETag. One definition for the security headers and the
 * conditional-request filter.
 */
public final class StaffPaths {

    private StaffPaths() {
    }

    public static boolean matches(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/admin") || path.startsWith("/preview") || path.startsWith("/api/v1/admin");
    }
}
