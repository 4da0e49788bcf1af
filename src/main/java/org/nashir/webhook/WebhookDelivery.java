package org.nashir.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.nashir.shared.Messages;

/** One event for one hook: written with the change, then sent and retried until delivered or given up. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status {
        PENDING("webhook.delivery.pending"), DELIVERED("webhook.delivery.delivered"), FAILED("webhook.delivery.failed");

        private final String nameKey;

        Status(String nameKey) {
            this.nameKey = nameKey;
        }

        public String arabicName() {
            return Messages.text(nameKey);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "webhook_id")
    private Webhook webhook;

    @Column(nullable = false)
    private String event;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(Webhook webhook, WebhookEvent event, long articleId, String payload, Instant now) {
        this.webhook = webhook;
        this.event = event.code();
        this.articleId = articleId;
        this.payload = payload;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void delivered(int httpStatus, Instant at) {
        attempts++;
        status = Status.DELIVERED;
        lastStatus = httpStatus;
        lastError = null;
        deliveredAt = at;
        nextAttemptAt = null;
    }

    /** A refused or failed attempt: another one later, unless this was the last. */
    void failed(Integer httpStatus, String error, Instant retryAt) {
        attempts++;
        lastStatus = httpStatus;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (retryAt == null) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    public Long id() {
        return id;
    }

    public Webhook webhook() {
        return webhook;
    }

    public String event() {
        return event;
    }

    public long articleId() {
        return articleId;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
