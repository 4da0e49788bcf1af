package org.nashir.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyProblem;
import org.nashir.article.body.InvalidBodyException;
import org.nashir.author.Author;
import org.nashir.author.AuthorRepository;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaAssetRepository;
import org.nashir.section.Section;
import org.nashir.section.SectionRepository;
import org.nashir.security.Actor;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.NotAllowedException;
import org.nashir.shared.NotFoundException;
import org.nashir.tag.Tag;
import org.nashir.tag.TagRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final MediaAssetRepository media;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleDesk(ArticleRepository articles, ArticleRevisionRepository revisions, AuditEntryRepository audit,
            SectionRepository sections, AuthorRepository authors, TagRepository tags, MediaAssetRepository media,
            ApplicationEventPublisher events, Clock clock) {
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

    @Transactional
    public Article create(Actor actor, StoryDraft draft) {
        Instant now = clock.instant();
        Section section = section(draft.sectionId());
        Article article = new Article(draft.headline(), draft.standfirst(), section, draft.body(), now);
        article.createdBy(actor.userId());
        apply(article, draft, now);
        article = articles.save(article);
        revisions.save(new ArticleRevision(article, 1, actor.username(), now));
        record(article.id(), actor, "CREATED", null);
        return article;
    }

    @Transactional
    public Article save(Actor actor, long id, long expectedVersion, StoryDraft draft) {
        Article article = editable(actor, id);
        if (article.version() != expectedVersion) {
            throw new StaleEditException(id, article.version());
        }
        Instant now = clock.instant();
        article.section(section(draft.sectionId()));
        apply(article, draft, now);
        articles.saveAndFlush(article);
        revisions.save(new ArticleRevision(article, revisions.lastNumber(id) + 1, actor.username(), now));
        return article;
    }

    @Transactional
    public Article submit(Actor actor, long id) {
        if (!actor.role().canSubmitForReview()) {
            throw new NotAllowedException("لا يملك الكاتب المساهم إرسال الأخبار للمراجعة");
        }
        Article article = editable(actor, id);
        article.submitForReview();
        record(id, actor, "SUBMITTED", null);
        return articles.save(article);
    }

    @Transactional
    public Article publish(Actor actor, long id) {
        return transition(actor, id, "PUBLISHED", null, article -> article.publish(clock.instant()));
    }

    @Transactional
    public Article schedule(Actor actor, long id, Instant at) {
        return transition(actor, id, "SCHEDULED", at.toString(), article -> article.schedule(at, clock.instant()));
    }

    @Transactional
    public Article unpublish(Actor actor, long id) {
        return transition(actor, id, "UNPUBLISHED", null, Article::unpublish);
    }

    @Transactional
    public Article returnToDraft(Actor actor, long id) {
        return transition(actor, id, "RETURNED_TO_DRAFT", null, Article::returnToDraft);
    }

    /** An editor's status change: checked, applied, written to the audit log. */
    private Article transition(Actor actor, long id, String action, String detail, Consumer<Article> change) {
        Article article = publishable(actor, id);
        change.accept(article);
        record(id, actor, action, detail);
        return articles.save(article);
    }

    @Transactional
    public Article restore(Actor actor, long id, int revisionNumber) {
        Article article = editable(actor, id);
        ArticleRevision revision = revisions.findByArticleIdAndNumber(id, revisionNumber)
                .orElseThrow(() -> new NotFoundException("revision " + revisionNumber));
        Instant now = clock.instant();
        article.rewrite(revision.headline(), revision.standfirst(), revision.body(), now);
        articles.saveAndFlush(article);
        revisions.save(new ArticleRevision(article, revisions.lastNumber(id) + 1, actor.username(), now));
        record(id, actor, "RESTORED", "revision " + revisionNumber);
        return article;
    }

    @Transactional
    public void delete(Actor actor, long id) {
        Article article = publishable(actor, id);
        revisions.deleteByArticle(id);
        articles.delete(article);
        record(id, actor, "DELETED", article.headline());
        events.publishEvent(new ArticleDeleted(id));
    }

    /**
     * Publishes every scheduled story whose time has come, at the time it was due. Runs every
     * half minute and once at start-up, so stories due during downtime go out on restart; the
     * optimistic lock on each story makes a second run, here or on another node, a no-op.
     */
    @Scheduled(initialDelayString = "${nashir.scheduler.initial-delay:PT5S}", fixedDelayString = "${nashir.scheduler.interval:PT30S}")
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        List<Article> due = articles.findScheduledDue(now, PageRequest.of(0, 100));
        for (Article article : due) {
            Instant at = article.scheduledAt();
            article.publish(at.isAfter(now) ? now : at);
            audit.save(new AuditEntry(article.id(), "system", "PUBLISHED", "scheduled for " + at, now));
            articles.save(article);
            log.info("Published scheduled story {} (due {})", article.id(), at);
        }
        return due.size();
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

    private Article editable(Actor actor, long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("article " + id));
        if (actor.role().canEditOthersStories()) {
            return article;
        }
        if (article.createdBy() == null || article.createdBy() != actor.userId()) {
            throw new NotAllowedException("يمكنك تعديل أخبارك أنت فقط");
        }
        if (article.status() != ArticleStatus.DRAFT && article.status() != ArticleStatus.IN_REVIEW) {
            throw new NotAllowedException("الخبر خرج من المسودات؛ يعدّله المحررون فقط");
        }
        return article;
    }

    private Article publishable(Actor actor, long id) {
        if (!actor.role().canPublish()) {
            throw new NotAllowedException("النشر وإلغاؤه وجدولته من صلاحيات المحررين");
        }
        return articles.findById(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    private void apply(Article article, StoryDraft draft, Instant now) {
        article.rewrite(draft.headline(), draft.standfirst(), checkedBody(draft.body()), now);
        article.changeSlug(draft.slug());
        Set<Section> others = new LinkedHashSet<>();
        draft.otherSectionIds().forEach(id -> others.add(sections.findById(id)
                .orElseThrow(() -> new InvalidInputException("otherSectionIds", "القسم غير موجود"))));
        article.alsoIn(others);
        article.byline(authorsIn(draft.authorIds()));
        article.tag(tagsIn(draft.tagIds()));
        article.illustrate(draft.leadMediaId() == null ? null : leadImage(draft.leadMediaId()));
        article.markBreaking(draft.breaking());
        article.embargo(draft.embargoUntil());
        article.describeForSearchEngines(draft.seoTitle(), draft.seoDescription());
    }

    private Section section(Long id) {
        if (id == null) {
            throw new InvalidInputException("sectionId", "اختر قسماً");
        }
        return sections.findById(id).orElseThrow(() -> new InvalidInputException("sectionId", "القسم غير موجود"));
    }

    private MediaAsset leadImage(long id) {
        MediaAsset asset = media.findById(id).orElseThrow(() -> new InvalidInputException("leadMediaId", "الصورة غير موجودة"));
        if (asset.credit() == null || asset.credit().isBlank()) {
            throw new InvalidInputException("leadMediaId", "الصورة الرئيسية تحتاج إلى مصدر؛ أضفه في مكتبة الوسائط");
        }
        return asset;
    }

    private List<Author> authorsIn(List<Long> ids) {
        List<Author> found = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            found.add(authors.findById(id).orElseThrow(() -> new InvalidInputException("authorIds", "كاتب غير موجود")));
        }
        return found;
    }

    private Set<Tag> tagsIn(List<Long> ids) {
        Set<Tag> found = new LinkedHashSet<>();
        for (Long id : ids) {
            found.add(tags.findById(id).orElseThrow(() -> new InvalidInputException("tagIds", "وسم غير موجود")));
        }
        return found;
    }

    /** Structural checks happen in BodyCodec; here, what a block points to must exist. */
    private Body checkedBody(Body body) {
        List<BodyProblem> problems = new ArrayList<>();
        int index = 0;
        for (Block block : body.blocks()) {
            index++;
            if (block instanceof Block.Image image && !media.existsById(image.media())) {
                problems.add(new BodyProblem(index, block.type(), "media", "الصورة غير موجودة في المكتبة"));
            } else if (block instanceof Block.Related related) {
                for (long story : related.articles()) {
                    if (!articles.existsById(story)) {
                        problems.add(new BodyProblem(index, block.type(), "articles", "الخبر " + story + " غير موجود"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidBodyException(problems);
        }
        return body;
    }

    private void record(Long articleId, Actor actor, String action, String detail) {
        audit.save(new AuditEntry(articleId, actor.username(), action, detail, clock.instant()));
    }
}
