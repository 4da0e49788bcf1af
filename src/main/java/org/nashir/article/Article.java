package org.nashir.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyCodec;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.shared.Slugs;
import org.nashir.tag.Tag;

/** A story. Its numeric id is public and anchors its URL; the slug is decoration that may change. */
@Entity
@Table(name = "article")
public class Article {

    public static final int MAX_HEADLINE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String headline;

    private String standfirst;

    @Column(nullable = false)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_media_id")
    private MediaAsset leadMedia;

    @ManyToMany
    @JoinTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    private List<Author> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @Column(nullable = false)
    private boolean breaking;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Article() {
    }

    public Article(String headline, Section section, Body body, Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.section = section;
        rewrite(headline, null, body, now);
    }

    /** Changes the words of the story; the body is validated again, the slug follows the headline. */
    public void rewrite(String headline, String standfirst, Body body, Instant now) {
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("العنوان مطلوب");
        }
        if (headline.strip().length() > MAX_HEADLINE) {
            throw new IllegalArgumentException("العنوان أطول من " + MAX_HEADLINE + " حرف");
        }
        this.headline = headline.strip();
        this.standfirst = standfirst == null || standfirst.isBlank() ? null : standfirst.strip();
        this.body = BodyCodec.write(BodyCodec.read(BodyCodec.write(body)));
        this.slug = Slugs.slugify(this.headline);
        this.updatedAt = now;
    }

    public void byline(List<Author> authors) {
        this.authors.clear();
        this.authors.addAll(authors);
    }

    public void tag(Set<Tag> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
    }

    public void illustrate(MediaAsset leadMedia) {
        this.leadMedia = leadMedia;
    }

    public void markBreaking(boolean breaking) {
        this.breaking = breaking;
    }

    public void publish(Instant at) {
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = at;
        if (updatedAt.isBefore(at)) {
            this.updatedAt = at;
        }
    }

    /** True when the story changed noticeably after it went out, so readers are told when. */
    public boolean updatedAfterPublishing() {
        return publishedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(60));
    }

    public Long id() {
        return id;
    }

    public String headline() {
        return headline;
    }

    public String standfirst() {
        return standfirst;
    }

    public String slug() {
        return slug;
    }

    public Section section() {
        return section;
    }

    public MediaAsset leadMedia() {
        return leadMedia;
    }

    public List<Author> authors() {
        return List.copyOf(authors);
    }

    public Set<Tag> tags() {
        return Set.copyOf(tags);
    }

    public Body body() {
        return BodyCodec.read(body);
    }

    public ArticleStatus status() {
        return status;
    }

    public boolean breaking() {
        return breaking;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
