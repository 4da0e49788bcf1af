package org.nashir.redirect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** One address of an earlier site and what it stands for now; see V13__legacy_url.sql for the forms of {@code source}. */
@Entity
@Table(name = "legacy_url")
class LegacyUrl implements Persistable<String> {

    @Id
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private LegacyUrls.Kind kind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    /** Saved as new without a look-up first: the caller has just looked for it. */
    @Transient
    private boolean fresh;

    protected LegacyUrl() {
    }

    LegacyUrl(String source, LegacyUrls.Kind kind, long targetId) {
        this.source = source;
        this.fresh = true;
        point(kind, targetId);
    }

    void point(LegacyUrls.Kind kind, long targetId) {
        this.kind = kind;
        this.targetId = targetId;
    }

    String source() {
        return source;
    }

    @Override
    public String getId() {
        return source;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }

    LegacyUrls.Kind kind() {
        return kind;
    }

    long targetId() {
        return targetId;
    }
}
