package org.nashir.article;

/**
 * A spelling of a name was met that the site files under an existing byline, tag or section; {@code path}
 * is where that spelling's own page would have been, so that it can lead to the first spelling's page.
 */
public record NameAliased(Kind kind, String path, long targetId) {

    public enum Kind { AUTHOR, TAG, SECTION }
}
