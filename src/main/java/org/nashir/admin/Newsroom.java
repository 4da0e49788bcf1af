package org.nashir.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.ArticleRevision;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Permalinks;
import org.nashir.article.StaleEditException;
import org.nashir.article.StoryFilter;
import org.nashir.search.StoryHit;
import org.nashir.search.StoryQuery;
import org.nashir.search.StoryResults;
import org.nashir.search.StorySearch;
import org.nashir.author.Author;
import org.nashir.author.AuthorRepository;
import org.nashir.media.MediaAssetRepository;
import org.nashir.media.MediaStorage;
import org.nashir.section.SectionRepository;
import org.nashir.security.Actor;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Slugs;
import org.nashir.tag.Tag;
import org.nashir.tag.TagRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the back office's story pages and carries out its saves, each in one transaction. */
@Service
class Newsroom {

    static final int PAGE_SIZE = 25;

    private final ArticleDesk desk;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final MediaAssetRepository media;
    private final SiteSettingsService settings;
    private final MediaStorage storage;
    private final StorySearch search;

    Newsroom(ArticleDesk desk, SectionRepository sections, AuthorRepository authors, TagRepository tags,
            MediaAssetRepository media, SiteSettingsService settings, MediaStorage storage, StorySearch search) {
        this.storage = storage;
        this.search = search;
        this.desk = desk;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.media = media;
        this.settings = settings;
    }

    ZoneId zone() {
        return settings.current().timeZone();
    }

    /**
     * The story list. With words typed, the search index answers (every status, relevance first, the same
     * Arabic matching readers get); without, the database lists by the chosen order.
     */
    @Transactional(readOnly = true)
    StoryListPage list(AdminLayout layout, StoryListPage.Filters filters, int page) {
        ZoneId zone = zone();
        Long section = number(filters.section());
        Long author = number(filters.author());
        Instant from = StoryQuery.day(dateShaped(filters.from()), zone, 0, "from");
        Instant to = StoryQuery.day(dateShaped(filters.to()), zone, 1, "to");
        int index = Math.max(0, page - 1);
        List<Article> stories;
        long total;
        boolean more;
        if (filters.q() != null && !filters.q().isBlank()) {
            StoryResults results = search.searchNewsroom(new StoryQuery(filters.q(), section, author, from, to,
                    filters.sort() == null || filters.sort().isBlank() ? StoryQuery.Order.RELEVANCE : StoryQuery.Order.NEWEST,
                    index, PAGE_SIZE), status(filters.status()));
            stories = results.hits().stream().map(StoryHit::article).toList();
            total = results.total();
            more = page < results.pages();
        } else {
            Sort sort = switch (filters.sort() == null ? "" : filters.sort()) {
                case "published" -> Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));
                case "headline" -> Sort.by("headline", "id");
                default -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
            };
            Page<Article> found = desk.list(new StoryFilter(status(filters.status()), section, author, from, to),
                    PageRequest.of(index, PAGE_SIZE, sort));
            stories = found.getContent();
            total = found.getTotalElements();
            more = found.hasNext();
        }
        ArabicDates dates = settings.current().dates();
        List<StoryListPage.Row> rows = stories.stream().map(a -> new StoryListPage.Row(a.id(), a.headline(),
                a.status().arabicName(), a.section().name(), dates.dateTime(a.updatedAt()), "/admin/stories/" + a.id())).toList();
        String query = "status=" + value(filters.status()) + "&section=" + value(filters.section()) + "&author="
                + value(filters.author()) + "&q=" + Slugs.encode(value(filters.q())) + "&from=" + value(filters.from())
                + "&to=" + value(filters.to()) + "&sort=" + value(filters.sort());
        return new StoryListPage(layout, rows, filters, sectionOptions(), authorOptions(), statusOptions(),
                page > 1 ? "/admin/stories?" + query + "&page=" + (page - 1) : null,
                more ? "/admin/stories?" + query + "&page=" + (page + 1) : null,
                total);
    }

    @Transactional(readOnly = true)
    EditorPage editor(AdminLayout layout, Actor actor, Long id, StoryForm form, EditorPage.Conflict conflict) {
        Article article = id == null ? null : desk.forEditing(actor, id);
        StoryForm shown = form != null ? form : StoryForm.of(article, zone());
        ArabicDates dates = settings.current().dates();
        List<EditorPage.LogLine> log = id == null ? List.of() : desk.auditLog(id).stream()
                .map(e -> new EditorPage.LogLine(dates.dateTime(e.happenedAt()), e.actor(), action(e.action()))).toList();
        return new EditorPage(layout, id, article == null ? ArticleStatus.DRAFT.arabicName() : article.status().arabicName(),
                shown, sectionOptions(), authorOptions(),
                tags.findAll(Sort.by("name")).stream().map(t -> new EditorPage.Option(t.id(), t.name())).toList(),
                media.findAll(PageRequest.of(0, 100, Sort.by(Sort.Order.desc("id")))).stream()
                        .map(m -> new EditorPage.Option(m.id(), m.altText())).toList(),
                actor.role().canSubmitForReview(), actor.role().canPublish(),
                id == null ? null : "/preview/" + id,
                article != null && article.status() == ArticleStatus.PUBLISHED ? Permalinks.article(article) : null,
                log, conflict);
    }

    /** Creates the bylines and tags typed as new, then saves; all in one transaction, so nothing is half-saved. */
    @Transactional
    Article save(Actor actor, Long id, StoryForm form) {
        List<Author> newAuthors = new ArrayList<>();
        for (String name : names(form.newAuthors)) {
            newAuthors.add(authors.findBySlug(Slugs.slugify(name)).orElseGet(() -> authors.save(new Author(name, null, null, null))));
        }
        List<Tag> newTags = new ArrayList<>();
        for (String name : names(form.newTags)) {
            newTags.add(tags.findBySlug(Slugs.slugify(name)).orElseGet(() -> tags.save(new Tag(name))));
        }
        var draft = form.draft(zone(), newAuthors, newTags);
        return id == null ? desk.create(actor, draft) : desk.save(actor, id, form.version, draft);
    }

    /** Saves and changes the status in one transaction: a refused status change leaves nothing saved. */
    @Transactional
    Article saveAnd(Actor actor, Long id, StoryForm form, String action) {
        Instant scheduleAt = "schedule".equals(action) ? form.scheduleInstant(zone()) : null;
        if (form.leadUpload != null && form.leadUpload.length > 0) {
            try {
                form.leadMediaId = String.valueOf(storage.upload(actor, form.leadUpload, form.leadAlt, form.leadCaption,
                        form.leadCredit).id());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("leadUpload", e.getMessage());
            }
        }
        long saved = save(actor, id, form).id();
        return switch (action) {
            case "submit" -> desk.submit(actor, saved);
            case "publish" -> desk.publish(actor, saved);
            case "schedule" -> desk.schedule(actor, saved, scheduleAt);
            default -> desk.forEditing(actor, saved);
        };
    }

    @Transactional(readOnly = true)
    EditorPage.Conflict conflict(Actor actor, StaleEditException stale) {
        List<ArticleRevision> history = desk.revisions(stale.articleId());
        Article current = desk.forEditing(actor, stale.articleId());
        return new EditorPage.Conflict(history.isEmpty() ? "" : history.get(0).savedBy(), current.headline(),
                current.standfirst(), RevisionDiff.texts(current.body()));
    }

    @Transactional(readOnly = true)
    List<ArticleRevision> revisions(Actor actor, long id) {
        desk.forEditing(actor, id);
        return desk.revisions(id);
    }

    private List<EditorPage.Option> sectionOptions() {
        return sections.findAllByOrderByPositionAsc().stream().map(s -> new EditorPage.Option(s.id(), s.name())).toList();
    }

    private List<EditorPage.Option> authorOptions() {
        return authors.findAll(Sort.by("name")).stream().map(a -> new EditorPage.Option(a.id(), a.name())).toList();
    }

    private static List<EditorPage.Option> statusOptions() {
        List<EditorPage.Option> options = new ArrayList<>();
        for (ArticleStatus status : ArticleStatus.values()) {
            options.add(new EditorPage.Option(status.ordinal(), status.arabicName()));
        }
        return options;
    }

    private static List<String> names(String typed) {
        List<String> names = new ArrayList<>();
        for (String name : typed == null ? new String[0] : typed.split("[,،]")) {
            if (!name.isBlank() && name.strip().length() <= 100) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static ArticleStatus status(String ordinal) {
        Long n = number(ordinal);
        return n == null || n < 0 || n >= ArticleStatus.values().length ? null : ArticleStatus.values()[n.intValue()];
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A filter date as the date field sends it; anything else is no filter. */
    private static String dateShaped(String date) {
        return date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}") ? null : date;
    }

    private static String value(String value) {
        return value == null ? "" : value;
    }

    private static String action(String action) {
        return switch (action.toUpperCase(Locale.ROOT)) {
            case "CREATED" -> "أنشأ الخبر";
            case "SUBMITTED" -> "أرسله للمراجعة";
            case "PUBLISHED" -> "نشره";
            case "SCHEDULED" -> "جدوله";
            case "UNPUBLISHED" -> "ألغى نشره";
            case "RETURNED_TO_DRAFT" -> "أعاده إلى المسودات";
            case "RESTORED" -> "استعاد نسخة سابقة";
            case "DELETED" -> "حذفه";
            default -> action;
        };
    }
}
