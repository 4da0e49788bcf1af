package org.nashir.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyCodec;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.shared.ArabicCounts;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.PlainText;
import org.nashir.shared.Slugs;
import org.nashir.tag.Tag;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A story. Its numeric id is public and anchors its URL; the slug is decoration that may change. */
@Entity
@Table(name = "article")
public class Article extends AbstractAggregateRoot<Article> {

    public static final int MAX_HEADLINE = 300;
    private static final int SUMMARY_LETTERS = 300;

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
    @JoinTable(name = "article_section", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "section_id"))
    private Set<Section> otherSections = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @Column(nullable = false)
    private String body;

    /** The body as read from {@link #body}, kept: a Body is immutable, and reading the JSON costs as much as the import. */
    @Transient
    private Body parsed;

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

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "embargo_until")
    private Instant embargoUntil;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "seo_title")
    private String seoTitle;

    @Column(name = "seo_description")
    private String seoDescription;

    @Column(name = "source_url")
    private String sourceUrl;

    /** Edits of a live story not yet put live (PendingDrafts); readers, feeds, search and webhooks never read it. */
    private String pending;

    /** The pending version as read from {@link #pending}, kept as the body is: the editor asks for it several times a page. */
    @Transient
    private StoryDraft pendingRead;

    @Column(name = "pending_by")
    private String pendingBy;

    @Column(name = "pending_at")
    private Instant pendingAt;

    /** The images it shows, as its lead, in its body or in its pending edits: kept for the media library's questions. */
    @ElementCollection
    @CollectionTable(name = "article_image", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "media_id")
    private Set<Long> images = new HashSet<>();

    @Column(name = "trashed_at")
    private Instant trashedAt;

    @Version
    private long version;

    protected Article() {
    }

    public Article(String headline, String standfirst, Section section, Body body, Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.section = section;
        rewrite(headline, standfirst, body, now);
    }

    /** Changes the words of the story; the body is validated again, the slug follows the headline. */
    public void rewrite(String headline, String standfirst, Body body, Instant now) {
        this.headline = cleanHeadline(headline);
        this.standfirst = cleanStandfirst(standfirst);
        Body clean = cleaned(body);
        this.body = BodyCodec.write(clean);
        this.parsed = clean;
        this.slug = Slugs.slugify(this.headline);
        this.updatedAt = now;
        noteImages();
        if (status == ArticleStatus.PUBLISHED && id != null) {
            registerEvent(new ArticleUpdated(id));
        }
    }

    /** A headline as it is kept: cleaned, stripped, required, at most {@link #MAX_HEADLINE} letters. */
    static String cleanHeadline(String headline) {
        headline = PlainText.clean(headline);
        if (headline == null || headline.isBlank()) {
            throw new InvalidInputException("headline", "story.headline.required");
        }
        int length = headline.strip().length();
        if (length > MAX_HEADLINE) {
            throw new InvalidInputException("headline", "story.headline.too-long", ArabicCounts.letters(length),
                    ArabicCounts.letters(MAX_HEADLINE), ArabicCounts.letters(length - MAX_HEADLINE));
        }
        return headline.strip();
    }

    static String cleanStandfirst(String standfirst) {
        standfirst = PlainText.clean(standfirst);
        return standfirst == null || standfirst.isBlank() ? null : standfirst.strip();
    }

    /** Validated and cleaned as it is read back: a Body built in code gets the same checks as one typed in the editor. */
    static Body cleaned(Body body) {
        return BodyCodec.read(BodyCodec.write(body));
    }

    /** Published or scheduled: what readers see, or will see at its time, changes only when an editor says so. */
    public boolean live() {
        return status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
    }

    void holdPending(StoryDraft draft, String by, Instant at) {
        this.pending = PendingDrafts.write(draft);
        this.pendingRead = null;
        this.pendingBy = by;
        this.pendingAt = at;
        noteImages();
    }

    void clearPending() {
        this.pending = null;
        this.pendingRead = null;
        this.pendingBy = null;
        this.pendingAt = null;
        noteImages();
    }

    private void noteImages() {
        Set<Long> shown = new HashSet<>(body().images());
        if (leadMedia != null) {
            shown.add(leadMedia.id());
        }
        StoryDraft waiting = pendingDraft();
        if (waiting != null) {
            shown.addAll(waiting.body().images());
            if (waiting.leadMediaId() != null) {
                shown.add(waiting.leadMediaId());
            }
        }
        images.retainAll(shown);
        images.addAll(shown);
    }

    /** The edits waiting to go live, or null. */
    public StoryDraft pendingDraft() {
        if (pending != null && pendingRead == null) {
            pendingRead = PendingDrafts.read(pending);
        }
        return pending == null ? null : pendingRead;
    }

    public String pendingBy() {
        return pendingBy;
    }

    public Instant pendingAt() {
        return pendingAt;
    }

    /** What describes the story in feeds, cards and search engines: the standfirst, or the body's opening cut at a word. */
    public String summary() {
        if (standfirst != null) {
            return standfirst;
        }
        String text = body().plainText().strip();
        if (text.length() <= SUMMARY_LETTERS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LETTERS);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LETTERS) + "…";
    }

    /** An editor's own slug; blank means "from the headline". */
    public void changeSlug(String wanted) {
        String made = wanted == null || wanted.isBlank() ? Slugs.slugify(headline) : Slugs.slugify(wanted);
        this.slug = made;
    }

    public void describeForSearchEngines(String seoTitle, String seoDescription) {
        this.seoTitle = blankToNull(seoTitle);
        this.seoDescription = blankToNull(seoDescription);
    }

    /** The address of the original, for a story brought in from an archive. */
    public void importedFrom(String sourceUrl) {
        this.sourceUrl = blankToNull(sourceUrl);
    }

    /** The times an archive gives a story it brings in: written, and last changed. */
    public void history(Instant created, Instant modified) {
        if (created != null) {
            this.createdAt = created;
        }
        if (modified != null && (publishedAt == null || !modified.isBefore(publishedAt))) {
            this.updatedAt = modified;
        }
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public void embargo(Instant until) {
        this.embargoUntil = until;
    }

    void createdBy(long userId) {
        this.createdBy = userId;
    }

    void section(Section section) {
        this.section = section;
    }

    /** Into another section: what readers see of it changes, so a published story says so. */
    void moveTo(Section section) {
        this.section = section;
        if (status == ArticleStatus.PUBLISHED && id != null) {
            registerEvent(new ArticleUpdated(id));
        }
    }

    public void byline(List<Author> authors) {
        this.authors.clear();
        this.authors.addAll(authors);
    }

    /** Sections besides the primary one where the story is also listed; never the primary itself. */
    public void alsoIn(Set<Section> sections) {
        this.otherSections.clear();
        sections.stream().filter(s -> !s.equals(section)).forEach(this.otherSections::add);
    }

    public Set<Section> otherSections() {
        return Set.copyOf(otherSections);
    }

    /** Listed in the section, as its primary section or as another. */
    public boolean isIn(Section other) {
        return section.id().equals(other.id()) || otherSections.stream().anyMatch(s -> s.id().equals(other.id()));
    }

    public void tag(Set<Tag> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
    }

    public void illustrate(MediaAsset leadMedia) {
        this.leadMedia = leadMedia;
        noteImages();
    }

    public void markBreaking(boolean breaking) {
        this.breaking = breaking;
    }

    /** Publishes now or at a past time (imports, catch-up after downtime); an embargo in force refuses it. */
    public void publish(Instant at) {
        if (embargoUntil != null && at.isBefore(embargoUntil)) {
            throw new EmbargoException(embargoUntil);
        }
        if (publishedAt == null || status != ArticleStatus.UNPUBLISHED) {
            this.publishedAt = at;
        }
        this.status = ArticleStatus.PUBLISHED;
        this.scheduledAt = null;
        if (updatedAt.isBefore(at)) {
            this.updatedAt = at;
        }
        if (id != null) {
            registerEvent(new ArticlePublished(id, at));
        }
    }

    public void submitForReview() {
        requireStatus(ArticleStatus.DRAFT);
        this.status = ArticleStatus.IN_REVIEW;
    }

    public void schedule(Instant at, Instant now) {
        if (!at.isAfter(now)) {
            throw new WorkflowException("story.schedule.past");
        }
        if (embargoUntil != null && at.isBefore(embargoUntil)) {
            throw new WorkflowException("story.schedule.before-embargo");
        }
        if (status == ArticleStatus.PUBLISHED) {
            throw new WorkflowException("story.already-published");
        }
        this.status = ArticleStatus.SCHEDULED;
        this.scheduledAt = at;
    }

    public void unpublish() {
        if (status != ArticleStatus.PUBLISHED && status != ArticleStatus.SCHEDULED) {
            throw new WorkflowException("story.not-published");
        }
        boolean wasPublic = status == ArticleStatus.PUBLISHED;
        this.status = ArticleStatus.UNPUBLISHED;
        this.scheduledAt = null;
        // as publish: a story not yet saved has no id to announce
        if (wasPublic && id != null) {
            registerEvent(new ArticleUnpublished(id));
        }
    }

    /** The request attribute an unsaved copy travels under, from the newsroom's editor to the reader's templates. */
    public static final String UNSAVED = "nashir.unsavedStory";

    /**
     * A copy never stored, standing for the story as typed in the editor: the live preview draws it with the reader's
     * templates under the story's own id, status and publication time. Nothing keeps it; no repository sees it.
     */
    static Article unsaved(Article stored, Section section, Instant now) {
        Article copy = new Article(stored == null ? "-" : stored.headline, null, section, new Body(List.of()), now);
        if (stored != null) {
            copy.id = stored.id;
            copy.status = stored.status;
            copy.publishedAt = stored.publishedAt;
            copy.createdAt = stored.createdAt;
        } else {
            // a story never saved has no id yet; 0 is none a stored story has
            copy.id = 0L;
        }
        return copy;
    }

    /** Into the trash: off the site if it was on it, its schedule dropped, its words and history kept. */
    public void trash(Instant now) {
        if (status == ArticleStatus.TRASHED) {
            throw new WorkflowException("story.trash.already");
        }
        boolean wasPublic = status == ArticleStatus.PUBLISHED;
        this.status = ArticleStatus.TRASHED;
        this.scheduledAt = null;
        this.trashedAt = now;
        if (wasPublic && id != null) {
            registerEvent(new ArticleUnpublished(id));
        }
    }

    /** Out of the trash as a draft: what was published is published again only by an editor's hand. */
    public void restoreFromTrash() {
        requireStatus(ArticleStatus.TRASHED);
        this.status = ArticleStatus.DRAFT;
        this.trashedAt = null;
    }

    public Instant trashedAt() {
        return trashedAt;
    }

    public void returnToDraft() {
        if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.DRAFT) {
            throw new WorkflowException("story.draft.published");
        }
        this.status = ArticleStatus.DRAFT;
        this.scheduledAt = null;
    }

    private void requireStatus(ArticleStatus expected) {
        if (status != expected) {
            throw new WorkflowException("story.status.forbids", status.arabicName());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : PlainText.clean(value).strip();
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
        if (parsed == null) {
            parsed = BodyCodec.read(body);
        }
        return parsed;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant embargoUntil() {
        return embargoUntil;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String seoTitle() {
        return seoTitle;
    }

    public String seoDescription() {
        return seoDescription;
    }

    public long version() {
        return version;
    }

    /** The body as stored, for revisions: already validated JSON. */
    String bodyJson() {
        return body;
    }
}
