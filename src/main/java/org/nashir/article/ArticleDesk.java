package org.nashir.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyCodec;
import org.nashir.article.body.BodyProblem;
import org.nashir.article.body.InvalidBodyException;
import org.nashir.author.Author;
import org.nashir.author.AuthorDesk;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaLibrary;
import org.nashir.section.Section;
import org.nashir.section.SectionDesk;
import org.nashir.security.Actor;
import org.nashir.security.StaffAccounts;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.nashir.shared.NotAllowedException;
import org.nashir.shared.NotFoundException;
import org.nashir.tag.Tag;
import org.nashir.tag.TagDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newsroom's operations on stories: write, save (with a revision each time), submit, publish,
 * schedule, unpublish, restore and delete. Every operation checks the actor's role here, on the
 * server, whatever the page offered; every status change is written to the audit log.
 */
@Service
public class ArticleDesk {

    private static final Logger log = LoggerFactory.getLogger(ArticleDesk.class);

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final AuditEntryRepository audit;
    private final SectionDesk sections;
    private final AuthorDesk authors;
    private final TagDesk tags;
    private final MediaLibrary media;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Presence presence;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    ArticleDesk(ArticleRepository articles, ArticleRevisionRepository revisions, AuditEntryRepository audit,
            SectionDesk sections, AuthorDesk authors, TagDesk tags, MediaLibrary media,
            ApplicationEventPublisher events, Clock clock, Presence presence, PlatformTransactionManager transactions) {
        this.presence = presence;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.articles = articles;
        this.revisions = revisions;
        this.audit = audit;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A story brought in whole from an archive (JSON lines, WordPress) or the demo, built through the story's own
     * methods: checked here as the editor's saves are (what its body points to must exist), kept in the caller's
     * transaction so that an import's batch stays one. It gets no revision or audit row: the archive is its
     * history, and its first save in the back office keeps it as it came (revision 1).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Article bringIn(Article article) {
        checkedBody(article.body());
        return articles.save(article);
    }

    /** A new story needs only a headline: without a section chosen yet it goes in the first one, to be changed later. */
    @Transactional
    public Article create(Actor actor, StoryDraft draft) {
        Instant now = clock.instant();
        Section section = draft.sectionId() == null
                ? sections.all().stream().findFirst()
                        .orElseThrow(() -> new InvalidInputException("sectionId", "story.section.none"))
                : section(draft.sectionId());
        Article article = new Article(draft.headline(), draft.standfirst(), section, draft.body(), now);
        article.createdBy(actor.userId());
        apply(article, actor.role().canPublish() ? draft : draft.withBreaking(false), now);
        article = articles.save(article);
        revisions.save(new ArticleRevision(article, 1, actor.username(), now));
        record(article.id(), actor, "CREATED", null);
        return article;
    }

    @Transactional
    public Article save(Actor actor, long id, long expectedVersion, StoryDraft draft) {
        return save(actor, id, expectedVersion, draft, false);
    }

    /**
     * Saves an edit. A draft takes it at once; a live story (published or scheduled) keeps it as its pending
     * version, checked as strictly, until someone allowed to publish puts it live ({@link #updateLive}).
     * An autosave's revision is replaced by the same person's next save, so the history shows real saves.
     */
    @Transactional
    public Article save(Actor actor, long id, long expectedVersion, StoryDraft draft, boolean autosave) {
        Article article = editable(actor, id);
        if (article.version() != expectedVersion) {
            throw new StaleEditException(id, article.version());
        }
        // a story brought in by an import or the demo has no revision yet: its first one is the story as it came,
        // so that the history starts there and two editors' first saves have a common base to compare with
        ArticleRevision newest = revisions.findFirstByArticleIdOrderByNumberDesc(id).orElseGet(() ->
                revisions.save(new ArticleRevision(article, 1, StaffAccounts.SYSTEM, article.updatedAt())));
        write(actor, article, draft, autosave, newest);
        return article;
    }

    /** Writes an edit and keeps it as a revision after {@code newest}, the story's latest (null: none yet). */
    private void write(Actor actor, Article article, StoryDraft asked, boolean autosave, ArticleRevision newest) {
        Instant now = clock.instant();
        // «عاجل» puts a story at the top of every page: an editor's call, whatever a reporter's form or token sends
        StoryDraft draft = actor.role().canPublish() ? asked : asked.withBreaking(current(article).breaking());
        if (article.live()) {
            StoryDraft checked = checked(draft);
            boolean first = article.pendingDraft() == null;
            article.holdPending(checked, actor.username(), now);
            articles.saveAndFlush(article);
            keepRevision(article, actor, now, autosave, checked, newest);
            if (first) {
                record(article.id(), actor, "PENDING_SAVED", null);
            }
        } else {
            article.section(section(draft.sectionId()));
            apply(article, draft, now);
            article.clearPending();
            articles.saveAndFlush(article);
            keepRevision(article, actor, now, autosave, live(article), newest);
        }
    }

    private void keepRevision(Article article, Actor actor, Instant now, boolean autosave, StoryDraft saved,
            ArticleRevision newest) {
        ArticleRevision last = newest;
        if (last == null || !last.autosave() || !last.savedBy().equals(actor.username())) {
            last = revisions.save(new ArticleRevision(article.id(), last == null ? 1 : last.number() + 1, saved,
                    actor.username(), now, autosave));
        } else {
            last.replace(saved, now, autosave);
        }
        last.at(article.version());
    }

    /** The words of a story as they were at a version, when a revision of it is kept: the base of a three-way comparison. */
    @Transactional(readOnly = true)
    public Optional<ArticleRevision> revisionAt(long id, long version) {
        return revisions.findFirstByArticleIdAndArticleVersionLessThanEqualOrderByNumberDesc(id, version);
    }

    /** Puts a live story's pending version live: readers, feeds, search and webhooks see it from now on. */
    @Transactional
    public Article updateLive(Actor actor, long id, long expectedVersion) {
        Article article = publishable(actor, id);
        if (article.version() != expectedVersion) {
            throw new StaleEditException(id, article.version());
        }
        if (article.pendingDraft() == null) {
            throw new WorkflowException("story.pending.none");
        }
        goLive(actor, article);
        return stored(article);
    }

    /** Drops a live story's pending version; what readers see stays as it is. */
    @Transactional
    public Article discardPending(Actor actor, long id) {
        Article article = editable(actor, id);
        if (article.pendingDraft() != null) {
            article.clearPending();
            record(id, actor, "PENDING_DISCARDED", null);
        }
        return stored(article);
    }

    private void goLive(Actor actor, Article article) {
        StoryDraft pending = article.pendingDraft();
        if (pending == null) {
            return;
        }
        article.section(section(pending.sectionId()));
        apply(article, pending, clock.instant());
        article.clearPending();
        record(article.id(), actor, "UPDATED_LIVE", null);
    }

    @Transactional
    public Article submit(Actor actor, long id) {
        return submit(actor, id, null);
    }

    /** For review, with what the reporter wants the editor to know: the editors' notices carry it. */
    @Transactional
    public Article submit(Actor actor, long id, String note) {
        if (!actor.role().canSubmitForReview()) {
            throw new NotAllowedException("story.submit.contributor");
        }
        Article article = editable(actor, id);
        article.submitForReview();
        record(id, actor, "SUBMITTED", note(note));
        return stored(article);
    }

    /** The longest note that goes with a story sent for review or back to its writer. */
    public static final int MAX_NOTE = 500;

    private static String note(String typed) {
        String clean = org.nashir.shared.PlainText.clean(typed);
        if (clean == null || clean.isBlank()) {
            return null;
        }
        if (clean.strip().length() > MAX_NOTE) {
            throw new InvalidInputException("note", "story.note.too-long", MAX_NOTE);
        }
        return clean.strip();
    }

    /** Publishes now, with the pending version if there is one; a story already public only takes its pending version. */
    @Transactional
    public Article publish(Actor actor, long id) {
        Article article = publishable(actor, id);
        if (article.status() == ArticleStatus.PUBLISHED) {
            goLive(actor, article);
            return stored(article);
        }
        return transition(actor, id, "PUBLISHED", null, a -> {
            goLive(actor, a);
            a.publish(clock.instant());
        });
    }

    @Transactional
    public Article schedule(Actor actor, long id, Instant at) {
        return transition(actor, id, "SCHEDULED", at.toString(), article -> {
            goLive(actor, article);
            article.schedule(at, clock.instant());
        });
    }

    @Transactional
    public Article unpublish(Actor actor, long id) {
        return transition(actor, id, "UNPUBLISHED", null, Article::unpublish);
    }

    @Transactional
    public Article returnToDraft(Actor actor, long id) {
        return returnToDraft(actor, id, null);
    }

    /** Back to its writer as a draft, with what the editor wants changed: the writer's notices carry it. */
    @Transactional
    public Article returnToDraft(Actor actor, long id, String note) {
        return transition(actor, id, "RETURNED_TO_DRAFT", note(note), Article::returnToDraft);
    }

    /** Into another section, by an editor: its address anchors on its id, so no link breaks. */
    @Transactional
    public Article move(Actor actor, long id, long sectionId) {
        Section section = sections.byId(sectionId).orElseThrow(() -> new InvalidInputException("section", "story.section.missing"));
        return transition(actor, id, "MOVED", section.name(), article -> article.moveTo(section));
    }

    /** What is due in a span of time (scheduled, or its embargo lifting) that this person may see. */
    @Transactional(readOnly = true)
    public List<Article> dueBetween(Actor actor, Instant from, Instant to) {
        return articles.findDueBetween(from, to).stream().filter(a -> canSee(actor, a)).toList();
    }

    /** Who saved each of these stories last, by username; a story never saved through the desk is not there. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> lastSavedBy(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> by = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            revisions.lastSavedBy(ids).forEach(row -> by.put((Long) row[0], (String) row[1]));
        }
        return by;
    }

    /** A story's headline as a message about it names it: «الخبر 12» for one this person may not see or that is gone. */
    @Transactional(readOnly = true)
    public String headline(Actor actor, long id) {
        return articles.findById(id).filter(a -> canSee(actor, a)).map(Article::headline)
                .orElseGet(() -> Messages.text("story.numbered", id));
    }

    /** What the newsroom tells this person, newest first: see {@link AuditEntryRepository#notices}. */
    @Transactional(readOnly = true)
    public List<Notice> notices(Actor actor, int limit) {
        return audit.notices(actor.role().canPublish(), actor.userId(), actor.username(), Instant.EPOCH,
                PageRequest.of(0, limit)).stream().map(Notice::of).toList();
    }

    /** How many of those came after {@code since}, when this person last read them. */
    @Transactional(readOnly = true)
    public long unseenNotices(Actor actor, Instant since) {
        return audit.countNotices(actor.role().canPublish(), actor.userId(), actor.username(),
                since == null ? Instant.EPOCH : since);
    }

    /** An editor's status change: checked, applied, written to the audit log. */
    private Article transition(Actor actor, long id, String action, String detail, Consumer<Article> change) {
        Article article = publishable(actor, id);
        change.accept(article);
        record(id, actor, action, detail);
        return stored(article);
    }

    /** Brings back a revision's words as a new save: on a live story, as its pending version. */
    @Transactional
    public Article restore(Actor actor, long id, int revisionNumber) {
        Article article = editable(actor, id);
        ArticleRevision revision = revisions.findByArticleIdAndNumber(id, revisionNumber)
                .orElseThrow(() -> new NotFoundException("revision " + revisionNumber));
        StoryDraft current = current(article);
        write(actor, article, new StoryDraft(revision.headline(), revision.standfirst(), current.slug(),
                current.sectionId(), current.otherSectionIds(), current.authorIds(), current.tagIds(),
                current.leadMediaId(), revision.body(), current.breaking(), current.embargoUntil(), current.seoTitle(),
                current.seoDescription()), false, revisions.findFirstByArticleIdOrderByNumberDesc(id).orElse(null));
        record(id, actor, "RESTORED", "revision " + revisionNumber);
        return article;
    }

    /** What an editor works on: the pending version of a live story if it has one, else the story as it is. */
    public static StoryDraft current(Article article) {
        StoryDraft pending = article.pendingDraft();
        return pending != null ? pending : live(article);
    }

    /** The story as readers see it (or will, at its time), whatever is pending. */
    public static StoryDraft live(Article article) {
        return new StoryDraft(article.headline(), article.standfirst(), article.slug(), article.section().id(),
                article.otherSections().stream().map(Section::id).toList(),
                article.authors().stream().map(Author::id).toList(), article.tags().stream().map(Tag::id).toList(),
                article.leadMedia() == null ? null : article.leadMedia().id(), article.body(), article.breaking(),
                article.embargoUntil(), article.seoTitle(), article.seoDescription());
    }

    /** How long a story stays in the trash before it is deleted for good. */
    public static final Duration TRASH_KEPT = Duration.ofDays(30);

    /**
     * Into the trash, restorable for {@link #TRASH_KEPT}: editors any story, others their own while it has never
     * been live (a draft or in review).
     */
    @Transactional
    public Article trash(Actor actor, long id) {
        Article article = trashable(actor, id);
        article.trash(clock.instant());
        presence.forget(id);
        record(id, actor, "TRASHED", null);
        return stored(article);
    }

    @Transactional
    public Article restoreFromTrash(Actor actor, long id) {
        Article article = trashable(actor, id);
        article.restoreFromTrash();
        record(id, actor, "RESTORED_FROM_TRASH", null);
        return stored(article);
    }

    private Article trashable(Actor actor, long id) {
        Article article = editable(actor, id);
        if (!actor.role().canEditOthersStories() && article.status() != ArticleStatus.DRAFT
                && article.status() != ArticleStatus.IN_REVIEW && article.status() != ArticleStatus.TRASHED) {
            throw new NotAllowedException("story.trash.editors");
        }
        return article;
    }

    /** Deleted for good, from the trash only: by an editor now, or by {@link #emptyTrash} when its time has come. */
    @Transactional
    public void delete(Actor actor, long id) {
        Article article = publishable(actor, id);
        if (article.status() != ArticleStatus.TRASHED) {
            throw new WorkflowException("story.delete.not-trashed");
        }
        erase(article, actor.username());
    }

    private void erase(Article article, String by) {
        long id = article.id();
        revisions.deleteByArticle(id);
        presence.forget(id);
        articles.delete(article);
        audit.save(new AuditEntry(id, by, "DELETED", article.headline(), clock.instant()));
        events.publishEvent(new ArticleDeleted(id));
    }

    /** Deletes for good what has been in the trash longer than {@link #TRASH_KEPT}; hourly, on any node, once. */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
    public int emptyTrash() {
        Instant before = clock.instant().minus(TRASH_KEPT);
        List<Long> due = reading.execute(status -> articles.findTrashedBefore(before).stream().map(Article::id).toList());
        int erased = 0;
        for (long id : due) {
            try {
                writing.executeWithoutResult(status -> articles.findById(id)
                        .filter(a -> a.status() == ArticleStatus.TRASHED && a.trashedAt().isBefore(before))
                        .ifPresent(a -> erase(a, StaffAccounts.SYSTEM)));
                erased++;
            } catch (RuntimeException e) {
                // another node got there first, or the story was restored meanwhile
                log.debug("Trash: story {} left: {}", id, e.toString());
            }
        }
        return erased;
    }

    /**
     * Takes an image out of every story that shows it, before the image is deleted: it stops being the lead and its
     * blocks leave the body, live and pending alike, each story's log saying so. Only an editor may change stories
     * that are not theirs, published ones included.
     */
    @Transactional
    public List<Article> dropImage(Actor actor, long mediaId) {
        List<Article> changed = articles.findUsingMedia(mediaId);
        if (!changed.isEmpty() && !actor.role().canEditOthersStories()) {
            throw new NotAllowedException("media.delete.in-use");
        }
        Instant now = clock.instant();
        for (Article article : changed) {
            if (article.leadMedia() != null && article.leadMedia().id() == mediaId) {
                article.illustrate(null);
            }
            if (article.body().images().contains(mediaId)) {
                article.rewrite(article.headline(), article.standfirst(), article.body().withoutImage(mediaId), now);
            }
            StoryDraft pending = article.pendingDraft();
            if (pending != null) {
                article.holdPending(pending.withoutImage(mediaId), article.pendingBy(), article.pendingAt());
            }
            record(article.id(), actor, "IMAGE_REMOVED", String.valueOf(mediaId));
        }
        return changed;
    }

    /**
     * Publishes every scheduled story whose time has come, at the time it was due. Runs every
     * half minute and once at start-up, so stories due during downtime go out on restart; the
     * optimistic lock on each story makes a second run, here or on another node, a no-op. Each story is
     * published in a transaction of its own: one that cannot be (its embargo was moved past its time) is
     * rescheduled to the embargo's end and said so in its log, and holds none of the others back.
     */
    @Scheduled(initialDelayString = "${nashir.scheduler.initial-delay:PT5S}", fixedDelayString = "${nashir.scheduler.interval:PT30S}")
    public int publishDue() {
        Instant now = clock.instant();
        List<Long> due = reading.execute(status -> articles.findScheduledDue(now, PageRequest.of(0, 100)).stream()
                .map(Article::id).toList());
        int published = 0;
        for (long id : due) {
            try {
                if (Boolean.TRUE.equals(writing.execute(status -> publishDue(id, now)))) {
                    published++;
                }
            } catch (RuntimeException e) {
                // another node published it first, or the database failed for this one: the next run sees
                log.warn("Could not publish scheduled story {}: {}", id, e.toString());
            }
        }
        return published;
    }

    private boolean publishDue(long id, Instant now) {
        Article article = articles.findById(id).orElse(null);
        if (article == null || article.status() != ArticleStatus.SCHEDULED || article.scheduledAt().isAfter(now)) {
            return false;
        }
        Instant at = article.scheduledAt();
        Instant allowed = article.embargoUntil() != null && article.embargoUntil().isAfter(at) ? article.embargoUntil() : at;
        if (allowed.isAfter(now)) {
            article.schedule(allowed, now);
            audit.save(new AuditEntry(id, StaffAccounts.SYSTEM, "RESCHEDULED", allowed.toString(), now));
            log.warn("Scheduled story {} was due at {} but is embargoed until {}: rescheduled to then", id, at, allowed);
            return false;
        }
        article.publish(allowed);
        audit.save(new AuditEntry(id, StaffAccounts.SYSTEM, "PUBLISHED", "scheduled for " + at, now));
        articles.save(article);
        log.info("Published scheduled story {} (due {})", id, at);
        return true;
    }

    /** Stories sent to the editors that nobody has published or sent back yet: what the back office tells editors of. */
    @Transactional(readOnly = true)
    public long awaitingReview() {
        return articles.countByStatus(ArticleStatus.IN_REVIEW);
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Article> list(StoryFilter filter, org.springframework.data.domain.Pageable page) {
        return articles.findAll(filter.toSpecification(), page);
    }

    @Transactional(readOnly = true)
    public Article forEditing(Actor actor, long id) {
        return editable(actor, id);
    }

    @Transactional(readOnly = true)
    public List<ArticleRevision> revisions(long id) {
        return revisions.findByArticleIdOrderByNumberDesc(id);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> auditLog(long id) {
        return audit.findByArticleIdOrderByHappenedAtDescIdDesc(id);
    }

    /**
     * Editors and administrators edit every story; reporters and contributors their own, while it is a draft or
     * in review, or as a pending version while it is live. Anything else is refused as not theirs.
     */
    private Article editable(Actor actor, long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("article " + id));
        if (actor.role().canEditOthersStories()) {
            return article;
        }
        if (!owns(actor, article)) {
            throw new NotAllowedException("story.edit.not-yours");
        }
        if (article.status() == ArticleStatus.UNPUBLISHED) {
            throw new NotAllowedException("story.edit.unpublished");
        }
        return article;
    }

    private static boolean owns(Actor actor, Article article) {
        return article.createdBy() != null && article.createdBy() == actor.userId();
    }

    /** One rule for every list, preview, revision and log: editors see all; others their own work and what is published. */
    public static boolean canSee(Actor actor, Article article) {
        return actor.role().canEditOthersStories() || owns(actor, article) || article.status() == ArticleStatus.PUBLISHED;
    }

    /** A story as someone may see it in the back office or a preview, by {@link #canSee}. */
    @Transactional(readOnly = true)
    public Article forViewing(Actor actor, long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("article " + id));
        if (!canSee(actor, article)) {
            throw new NotAllowedException("story.preview.not-yours");
        }
        return article;
    }

    private Article publishable(Actor actor, long id) {
        if (!actor.role().canPublish()) {
            throw new NotAllowedException("story.publish.editors");
        }
        return articles.findById(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    private void apply(Article article, StoryDraft draft, Instant now) {
        article.rewrite(draft.headline(), draft.standfirst(), checkedBody(draft.body()), now);
        article.changeSlug(draft.slug());
        Set<Section> others = new LinkedHashSet<>();
        draft.otherSectionIds().forEach(id -> others.add(sections.byId(id)
                .orElseThrow(() -> new InvalidInputException("otherSectionIds", "story.section.missing"))));
        article.alsoIn(others);
        article.byline(authorsIn(draft.authorIds()));
        article.tag(tagsIn(draft.tagIds()));
        article.illustrate(draft.leadMediaId() == null ? null : leadImage(draft.leadMediaId()));
        article.markBreaking(draft.breaking());
        article.embargo(draft.embargoUntil());
        article.describeForSearchEngines(draft.seoTitle(), draft.seoDescription());
    }

    /**
     * The story as typed, checked as a save checks it, and kept nowhere: what the editor's live preview draws. Whoever
     * may save the story may preview it.
     */
    @Transactional(readOnly = true)
    public Article preview(Actor actor, Long id, StoryDraft draft) {
        Article stored = id == null ? null : editable(actor, id);
        Instant now = clock.instant();
        Article shown = Article.unsaved(stored, section(draft.sectionId()), now);
        apply(shown, draft, now);
        return shown;
    }

    /** A draft as apply() would keep it (cleaned, every reference checked), without touching the story. */
    private StoryDraft checked(StoryDraft draft) {
        section(draft.sectionId());
        draft.otherSectionIds().forEach(id -> sections.byId(id)
                .orElseThrow(() -> new InvalidInputException("otherSectionIds", "story.section.missing")));
        authorsIn(draft.authorIds());
        tagsIn(draft.tagIds());
        if (draft.leadMediaId() != null) {
            leadImage(draft.leadMediaId());
        }
        Body body = checkedBody(Article.cleaned(draft.body()));
        return new StoryDraft(Article.cleanHeadline(draft.headline()), Article.cleanStandfirst(draft.standfirst()),
                draft.slug(), draft.sectionId(), draft.otherSectionIds(), draft.authorIds(), draft.tagIds(),
                draft.leadMediaId(), body, draft.breaking(), draft.embargoUntil(), draft.seoTitle(), draft.seoDescription());
    }

    private Section section(Long id) {
        if (id == null) {
            throw new InvalidInputException("sectionId", "story.section.required");
        }
        return sections.byId(id).orElseThrow(() -> new InvalidInputException("sectionId", "story.section.missing"));
    }

    private MediaAsset leadImage(long id) {
        MediaAsset asset = media.find(id).orElseThrow(() -> new InvalidInputException("leadMediaId", "story.image.missing"));
        if (asset.credit() == null || asset.credit().isBlank()) {
            throw new InvalidInputException("leadMediaId", "story.image.credit");
        }
        return asset;
    }

    private List<Author> authorsIn(List<Long> ids) {
        List<Author> found = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            found.add(authors.byId(id).orElseThrow(() -> new InvalidInputException("authorIds", "story.author.missing")));
        }
        return found;
    }

    private Set<Tag> tagsIn(List<Long> ids) {
        Set<Tag> found = new LinkedHashSet<>();
        for (Long id : ids) {
            found.add(tags.byId(id).orElseThrow(() -> new InvalidInputException("tagIds", "story.tag.missing")));
        }
        return found;
    }

    /** Structural checks happen in BodyCodec; here, what a block points to must exist. */
    private Body checkedBody(Body body) {
        List<BodyProblem> problems = new ArrayList<>();
        int index = 0;
        for (Block block : body.blocks()) {
            index++;
            if (block instanceof Block.Image image && !media.exists(image.media())) {
                problems.add(new BodyProblem(index, block.type(), "media", Messages.text("block.image.missing")));
            } else if (block instanceof Block.Related related) {
                for (long story : related.articles()) {
                    if (!articles.existsById(story)) {
                        problems.add(new BodyProblem(index, block.type(), "articles", Messages.text("block.related.missing", story)));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidBodyException(problems);
        }
        return body;
    }

    /** Written now, so that the version the caller is given is the one its next save must name. */
    private Article stored(Article article) {
        return articles.saveAndFlush(article);
    }

    private void record(Long articleId, Actor actor, String action, String detail) {
        audit.save(new AuditEntry(articleId, actor.username(), action, detail, clock.instant()));
    }
}
