package org.nashir.admin;

/** The search settings page: the variant list as text, and where the index rebuild stands. */
public record SearchAdminPage(AdminLayout layout, String variants, String error, String indexState, boolean running,
        int percent) {
}
