package org.nashir.article;

/**
 * A save based on an older version than the one stored: somebody else saved in between. Nothing is
 * written; the editor is shown the other person's version next to their own, so nothing typed is lost.
 */
public class StaleEditException extends RuntimeException {

    private final long articleId;
    private final long currentVersion;

    public StaleEditException(long articleId, long currentVersion) {
        super("Story " + articleId + " was saved by someone else (now at version " + currentVersion + ")");
        this.articleId = articleId;
        this.currentVersion = currentVersion;
    }

    public long articleId() {
        return articleId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
