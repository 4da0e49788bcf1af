package org.nashir.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.nashir.shared.Coded;

/** A partner's URL and the story events it wants; its secret signs every delivery. */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String url;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private String events;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Webhook() {
    }

    Webhook(String url, String secret, Set<WebhookEvent> events, Instant createdAt) {
        this.url = url;
        this.secret = secret;
        this.events = Coded.toColumn(events);
        this.active = true;
        this.createdAt = createdAt;
    }

    void activate(boolean active) {
        this.active = active;
    }

    public boolean wants(WebhookEvent event) {
        return active && events().contains(event);
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public Set<WebhookEvent> events() {
        return Coded.fromColumn(WebhookEvent.class, events);
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
