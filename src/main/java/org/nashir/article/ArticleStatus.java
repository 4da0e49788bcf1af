package org.nashir.article;

import org.nashir.shared.Messages;

public enum ArticleStatus {
    DRAFT("story.status.draft"),
    IN_REVIEW("story.status.in-review"),
    SCHEDULED("story.status.scheduled"),
    PUBLISHED("story.status.published"),
    UNPUBLISHED("story.status.unpublished"),
    /** Deleted from the newsroom, restorable until {@link ArticleDesk#TRASH_KEPT} has passed. */
    TRASHED("story.status.trashed");

    private final String nameKey;

    ArticleStatus(String nameKey) {
        this.nameKey = nameKey;
    }

    public String arabicName() {
        return Messages.text(nameKey);
    }
}
