package org.nashir.site;

/** An error explained to a reader in Arabic; the layout is absent when even that could not be built. */
public record ErrorPage(Layout layout, int status, String heading, String message) {
}
