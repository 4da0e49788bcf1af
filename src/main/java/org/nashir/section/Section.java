package org.nashir.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.nashir.shared.NameKeys;
import org.nashir.shared.PlainText;

/** A section of the site («العالم»); the primary section of a story is the first part of its URL. */
@Entity
@Table(name = "section")
public class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private int position;

    /** Spellings of one name share it (NameKeys). */
    @Column(name = "name_key")
    private String nameKey;

    protected Section() {
    }

    public Section(String name, String slug, int position) {
        this.name = PlainText.clean(name);
        this.slug = SectionSlugs.requireValid(slug);
        this.position = position;
        this.nameKey = NameKeys.of(this.name);
    }

    void rename(String name) {
        this.name = PlainText.clean(name);
        this.nameKey = NameKeys.of(this.name);
    }

    void moveTo(int position) {
        this.position = position;
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

    public int position() {
        return position;
    }
}
