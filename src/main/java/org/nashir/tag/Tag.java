package org.nashir.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.nashir.shared.NameKeys;
import org.nashir.shared.PlainText;
import org.nashir.shared.Slugs;

@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    /** Spellings of one name share it (NameKeys). */
    @Column(name = "name_key")
    private String nameKey;

    protected Tag() {
    }

    public Tag(String name) {
        this.name = PlainText.clean(name);
        this.slug = Slugs.slugify(this.name);
        this.nameKey = NameKeys.of(this.name);
    }

    /** A second tag whose slug another name already took gets «-2», «-3»…; a name of no letters gets «tag». */
    public void distinguish(int n) {
        String base = Slugs.slugify(name);
        this.slug = (base.isEmpty() ? "tag" : base) + (n > 1 ? "-" + n : "");
    }

    /** The slug stays: links to the tag page keep working after a rename. */
    void rename(String name) {
        this.name = PlainText.clean(name);
        this.nameKey = NameKeys.of(this.name);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }
}
