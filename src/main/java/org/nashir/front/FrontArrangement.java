package org.nashir.front;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the editors chose for one front; versioned, so that two editors arranging at once cannot undo each other unseen. */
@Entity
@Table(name = "front_arrangement")
class FrontArrangement {

    @Id
    @Column(name = "front_key")
    private String key;

    /** Null until first saved, then counted by Hibernate from 0. */
    @Version
    private Long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "front_pick", joinColumns = @JoinColumn(name = "front_key"))
    @MapKeyColumn(name = "slot")
    @Column(name = "article_id")
    private Map<Integer, Long> picks = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "front_block", joinColumns = @JoinColumn(name = "front_key"))
    private Set<FrontBlock> blocks = new HashSet<>();

    protected FrontArrangement() {
    }

    FrontArrangement(String key) {
        this.key = key;
    }

    void arrange(Map<Integer, Long> picks, Set<FrontBlock> blocks, String by, Instant at) {
        this.picks.clear();
        this.picks.putAll(picks);
        this.blocks.clear();
        this.blocks.addAll(blocks);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** What an editor's form carries: 0 for a front never arranged, so that its first save is checked too. */
    long revision() {
        return version == null ? 0 : version + 1;
    }

    Map<Integer, Long> picks() {
        return picks;
    }

    Set<FrontBlock> blocks() {
        return blocks;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
