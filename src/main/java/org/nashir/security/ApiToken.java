package org.nashir.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.nashir.shared.Coded;

/** A member of staff's key for the admin API. Only a hash of its secret is kept; revoking is permanent. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id")
    private StaffUser user;

    @Column(nullable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false, unique = true)
    private String secretHash;

    @Column(nullable = false)
    private String prefix;

    @Column(nullable = false)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(StaffUser user, String name, String secretHash, String prefix, Set<ApiScope> scopes, Instant createdAt) {
        this.user = user;
        this.name = name;
        this.secretHash = secretHash;
        this.prefix = prefix;
        this.scopes = Coded.toColumn(scopes);
        this.createdAt = createdAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    public Long id() {
        return id;
    }

    public StaffUser user() {
        return user;
    }

    public String name() {
        return name;
    }

    /** The first letters of the token, to tell tokens apart in the list without revealing them. */
    String secretHash() {
        return secretHash;
    }

    public String prefix() {
        return prefix;
    }

    public Set<ApiScope> scopes() {
        return Coded.fromColumn(ApiScope.class, scopes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean active() {
        return revokedAt == null;
    }
}
