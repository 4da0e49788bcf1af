package org.nashir.article;

import java.time.Instant;

/** Something done to a story that someone in the newsroom is told of, with the note that went with it. */
public record Notice(long articleId, String headline, String actor, String action, String note, Instant at) {

    static Notice of(Object[] row) {
        AuditEntry entry = (AuditEntry) row[0];
        boolean noted = "SUBMITTED".equals(entry.action()) || "RETURNED_TO_DRAFT".equals(entry.action());
        return new Notice(entry.articleId(), (String) row[1], entry.actor(), entry.action(),
                noted ? entry.detail() : null, entry.happenedAt());
    }
}
