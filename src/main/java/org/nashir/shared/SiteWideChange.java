package org.nashir.shared;

/**
 * Something every reader page shows has changed: the settings, the sections of the navigation, an
 * author's or a tag's name, an image's caption. Caches empty every page; such changes are rare.
 */
public record SiteWideChange(String what) {
}
