package org.nashir.admin;

/** A back-office page that says one thing: access denied, a sign-in form, a setup form. */
public record AdminMessagePage(AdminLayout layout, int status, String heading, String message, String error,
        String token) {
}
