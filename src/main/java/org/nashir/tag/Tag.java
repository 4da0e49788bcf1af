package org.nashir.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    protected Tag() {
    }

    public Tag(String name) {
        this.name = PlainText.clean(name);
        this.slug = Slugs.slugify(this.name);
    }

    /** The slug stays: links to the tag page keep working after a rename. */
    void rename(String name) {
        this.name = PlainText.clean(name);
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
