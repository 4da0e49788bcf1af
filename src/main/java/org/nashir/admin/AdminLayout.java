package org.nashir.admin;

import java.util.List;

/** What every back-office page shares: who is signed in, the navigation and the CSRF token for forms. */
public record AdminLayout(String title, String userName, String roleName, List<NavItem> navigation, String csrfName,
        String csrfToken, String notice) {

    public record NavItem(String name, String url, boolean current) {
    }
}
