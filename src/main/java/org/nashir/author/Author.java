package org.nashir.author;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.nashir.media.MediaAsset;
import org.nashir.shared.NameKeys;
import org.nashir.shared.PlainText;
import org.nashir.shared.Slugs;

/** A byline. Guest writers are authors without an account. */
@Entity
@Table(name = "author")
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    /** Spellings of one name share it (NameKeys): the import and the editor find the byline by it. */
    @Column(name = "name_key")
    private String nameKey;

    private String title;

    private String bio;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "photo_id")
    private MediaAsset photo;

    protected Author() {
    }

    public Author(String name, String title, String bio, MediaAsset photo) {
        this.name = PlainText.clean(name);
        this.slug = Slugs.slugify(this.name);
        this.nameKey = NameKeys.of(this.name);
        this.title = PlainText.clean(title);
        this.bio = PlainText.clean(bio);
        this.photo = photo;
    }

    /** A second byline whose slug another name already took gets «-2», «-3»…; a name of no letters gets «author». */
    public void distinguish(int n) {
        String base = Slugs.slugify(name);
        this.slug = (base.isEmpty() ? "author" : base) + (n > 1 ? "-" + n : "");
    }

    void describe(String name, String title, String bio, MediaAsset photo) {
        this.name = PlainText.clean(name);
        this.nameKey = NameKeys.of(this.name);
        this.title = PlainText.clean(title);
        this.bio = PlainText.clean(bio);
        this.photo = photo;
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

    public String title() {
        return title;
    }

    public String bio() {
        return bio;
    }

    public MediaAsset photo() {
        return photo;
    }
}
