package org.nashir.article;

import java.util.Map;
import org.nashir.shared.Problem;
import org.springframework.http.HttpStatus;

/**
 * A save based on an older version than the one stored: somebody else saved in between. Nothing is
 * written; the editor is shown the other person's version next to their own, so nothing typed is lost.
 */
public class StaleEditException extends Problem {

    private final long articleId;
    private final long currentVersion;

    public StaleEditException(long articleId, long currentVersion) {
        super(HttpStatus.CONFLICT, "problem.stale", "story.stale");
        this.articleId = articleId;
        this.currentVersion = currentVersion;
    }

    public long articleId() {
        return articleId;
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("current_version", currentVersion);
    }
}
