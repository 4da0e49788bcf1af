package org.nashir.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyCodec;

/**
 * The words of a story as one save left them. Every save makes one and none is changed afterwards, except an
 * autosave's, which the same person's next save replaces: one row per sitting, not one every 20 seconds.
 */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String headline;

    private String standfirst;

    @Column(nullable = false)
    private String body;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(nullable = false)
    private boolean autosave;

    /** Everything else the save set (section, bylines, tags, images, flags): PendingDrafts' JSON without the words. */
    private String settings;

    /** The story's version this save left it at; null for revisions older than the column. */
    @Column(name = "article_version")
    private Long articleVersion;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, String savedBy, Instant savedAt) {
        this(article.id(), number, ArticleDesk.live(article), savedBy, savedAt, false);
        this.articleVersion = article.version();
    }

    ArticleRevision(long articleId, int number, StoryDraft saved, String savedBy, Instant savedAt, boolean autosave) {
        this.articleId = articleId;
        this.number = number;
        this.savedBy = savedBy;
        replace(saved, savedAt, autosave);
    }

    void at(long articleVersion) {
        this.articleVersion = articleVersion;
    }

    void replace(StoryDraft saved, Instant savedAt, boolean autosave) {
        this.headline = saved.headline();
        this.standfirst = saved.standfirst();
        this.body = BodyCodec.write(saved.body());
        this.settings = PendingDrafts.writeSettings(saved);
        this.savedAt = savedAt;
        this.autosave = autosave;
    }

    /** The whole story as this save left it; null for revisions kept before their settings were. */
    public StoryDraft draft() {
        return settings == null ? null : PendingDrafts.withWords(settings, headline, standfirst, body());
    }

    public boolean autosave() {
        return autosave;
    }

    public int number() {
        return number;
    }

    public String headline() {
        return headline;
    }

    public String standfirst() {
        return standfirst;
    }

    public Body body() {
        return BodyCodec.read(body);
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
