package org.nashir.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed a story's status, to what, and when. Kept after the story itself is deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id")
    private Long articleId;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    private String detail;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected AuditEntry() {
    }

    AuditEntry(Long articleId, String actor, String action, String detail, Instant happenedAt) {
        this.articleId = articleId;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.happenedAt = happenedAt;
    }

    public Long articleId() {
        return articleId;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    public Instant happenedAt() {
        return happenedAt;
    }
}
