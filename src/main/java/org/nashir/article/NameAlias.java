package org.nashir.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Another spelling met for a byline, tag or section («دبي- العربية.نت» for «دبي ـ العربية.نت»). */
@Entity
@Table(name = "name_alias")
@IdClass(NameAlias.Key.class)
class NameAlias {

    record Key(String kind, String name) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private String kind;

    @Id
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    protected NameAlias() {
    }

    NameAlias(String kind, String name, String nameKey, long targetId) {
        this.kind = kind;
        this.name = name;
        this.nameKey = nameKey;
        this.targetId = targetId;
    }
}
