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

/** The words of a story as one save left them. Every save makes one; none is ever changed. */
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

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, String savedBy, Instant savedAt) {
        this.articleId = article.id();
        this.number = number;
        this.headline = article.headline();
        this.standfirst = article.standfirst();
        this.body = article.bodyJson();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
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
