package org.nashir.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A member of staff who signs in to the back office. Bylines are authors, not users. */
@Entity
@Table(name = "app_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "security_stamp")
    private String securityStamp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When this person last read what the newsroom told them (ArticleDesk's notices). */
    @Column(name = "notices_seen_at")
    private Instant noticesSeenAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    StaffUser(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** A new password ends every session signed in with the old one: the stamp they carry no longer matches. */
    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.securityStamp = UUID.randomUUID().toString();
    }

    String securityStamp() {
        return securityStamp;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant noticesSeenAt() {
        return noticesSeenAt;
    }
}
