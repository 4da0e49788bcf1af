package org.nashir.admin;

/**
 * A back-office page that says one thing: access denied, a sign-in form, a setup form ({@code username} and
 * {@code displayName}: what was typed there, shown again with what was wrong with it).
 */
public record AdminMessagePage(AdminLayout layout, int status, String heading, String message, String error,
        String token, String username, String displayName) {
}
