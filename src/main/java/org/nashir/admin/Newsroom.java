package org.nashir.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.ArticleRevision;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Names;
import org.nashir.article.Permalinks;
import org.nashir.article.Presence;
import org.nashir.article.PublishedStories;
import org.nashir.article.StaleEditException;
import org.nashir.article.StoryDraft;
import org.nashir.article.StoryFilter;
import org.nashir.author.Author;
import org.nashir.author.AuthorDesk;
import org.nashir.media.MediaLibrary;
import org.nashir.media.MediaStorage;
import org.nashir.search.StoryHit;
import org.nashir.search.StoryQuery;
import org.nashir.search.StoryResults;
import org.nashir.search.StorySearch;
import org.nashir.section.Section;
import org.nashir.section.SectionDesk;
import org.nashir.security.Actor;
import org.nashir.security.StaffAccounts;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.ArabicCounts;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.nashir.shared.NotFoundException;
import org.nashir.tag.Tag;
import org.nashir.tag.TagDesk;
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
    private final SectionDesk sections;
    private final AuthorDesk authors;
    private final TagDesk tags;
    private final MediaLibrary media;
    private final SiteSettingsService settings;
    private final MediaStorage storage;
    private final StorySearch search;
    private final Names names;
    private final StaffAccounts accounts;
    private final Presence presence;
    private final PublishedStories published;

    Newsroom(ArticleDesk desk, SectionDesk sections, AuthorDesk authors, TagDesk tags,
            MediaLibrary media, SiteSettingsService settings, MediaStorage storage, StorySearch search,
            Names names, StaffAccounts accounts, Presence presence, PublishedStories published) {
        this.published = published;
        this.presence = presence;
        this.names = names;
        this.accounts = accounts;
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

    /** «19 أغسطس 2024، 11:25 ص» in the site's time zone and month style. */
    String dateTime(Instant instant) {
        return dates().dateTime(instant);
    }

    /** The site's date rules, for a message that names a moment. */
    ArabicDates dates() {
        return settings.current().dates();
    }

    /**
     * The story list. With words typed, the search index answers (every status, relevance first, the same
     * Arabic matching readers get); without, the database lists by the chosen order.
     */
    @Transactional(readOnly = true)
    StoryListPage list(AdminLayout layout, Actor actor, StoryListPage.Filters filters, int page) {
        ZoneId zone = zone();
        Long section = number(filters.section());
        Long author = number(filters.author());
        Long visibleTo = actor.role().canEditOthersStories() ? null : actor.userId();
        Long createdBy = "1".equals(filters.mine()) ? actor.userId() : null;
        List<String> problems = new ArrayList<>();
        Instant from = StoryQuery.day(date(filters.from(), "stories.filter.from", problems), zone, 0, "from");
        Instant to = StoryQuery.day(date(filters.to(), "stories.filter.to", problems), zone, 1, "to");
        int index = Math.max(0, page - 1);
        List<Article> stories;
        long total;
        boolean more;
        if (filters.q() != null && !filters.q().isBlank()) {
            StoryResults results = search.searchNewsroom(new StoryQuery(filters.q(), section, author, from, to,
                    filters.sort() == null || filters.sort().isBlank() ? StoryQuery.Order.RELEVANCE : StoryQuery.Order.NEWEST,
                    index, PAGE_SIZE), status(filters.status()), visibleTo, createdBy);
            stories = results.hits().stream().map(StoryHit::article).toList();
            total = results.total();
            more = page < results.pages();
        } else {
            Sort sort = switch (filters.sort() == null ? "" : filters.sort()) {
                case "published" -> Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));
                case "headline" -> Sort.by("headline", "id");
                default -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
            };
            Page<Article> found = desk.list(new StoryFilter(status(filters.status()), section, author, from, to, visibleTo, createdBy),
                    PageRequest.of(index, PAGE_SIZE, sort));
            stories = found.getContent();
            total = found.getTotalElements();
            more = found.hasNext();
        }
        ArabicDates dates = settings.current().dates();
        Map<Long, String> savedBy = desk.lastSavedBy(stories.stream().map(Article::id).toList());
        Function<String, String> people = accounts.displayNames();
        List<StoryListPage.Row> rows = stories.stream().map(a -> new StoryListPage.Row(a.id(), a.headline(),
                a.pendingAt() == null ? a.status().arabicName() : Messages.text("stories.status.pending", a.status().arabicName()),
                a.section().name(), dates.dateTime(a.updatedAt()), "/admin/stories/" + a.id(),
                a.authors().stream().map(Author::name).collect(java.util.stream.Collectors.joining("، ")),
                a.scheduledAt() != null ? dates.dateTime(a.scheduledAt())
                        : a.embargoUntil() != null ? Messages.text("stories.embargo-until", dates.dateTime(a.embargoUntil())) : "",
                savedBy.containsKey(a.id()) ? people.apply(savedBy.get(a.id())) : "",
                a.trashedAt() == null ? null : dates.date(a.trashedAt().plus(ArticleDesk.TRASH_KEPT)))).toList();
        String query = "/admin/stories" + StoryListPage.query(filters);
        return new StoryListPage(layout, rows, filters, sectionOptions(), authorOptions(), statusOptions(),
                page > 1 ? query + "&page=" + (page - 1) : null, more ? query + "&page=" + (page + 1) : null,
                ArabicCounts.stories(total), problems);
    }

    @Transactional
    EditorPage editor(AdminLayout layout, Actor actor, String name, Long id, StoryForm form, EditorPage.Conflict conflict) {
        Article article = id == null ? null : desk.forEditing(actor, id);
        Presence.Status present = id == null ? null : presence.beat(actor, name, id);
        ZoneId zone = zone();
        StoryForm shown = form != null ? form : StoryForm.of(article, ArticleDesk.current(article), zone);
        ArabicDates dates = settings.current().dates();
        Function<String, String> people = accounts.displayNames();
        List<EditorPage.LogLine> log = id == null ? List.of() : desk.auditLog(id).stream()
                .map(e -> new EditorPage.LogLine(dates.dateTime(e.happenedAt()), people.apply(e.actor()),
                        noted(e.action()) && e.detail() != null ? Messages.text("history.with-note", action(e.action()), e.detail())
                                : action(e.action())))
                .toList();
        EditorPage.Pending pending = article == null || article.pendingDraft() == null ? null
                : new EditorPage.Pending(people.apply(article.pendingBy()), dates.dateTime(article.pendingAt()),
                        compare(ArticleDesk.live(article), ArticleDesk.current(article)));
        return new EditorPage(layout, id, article == null ? ArticleStatus.DRAFT.arabicName() : article.status().arabicName(),
                shown, sectionOptions(), authorOptions(),
                tags.all().stream().map(t -> new EditorPage.Option(t.id(), t.name())).toList(),
                imageOptions(shown),
                actor.role().canSubmitForReview(), actor.role().canPublish(), actor.role().canUploadMedia(),
                id == null ? null : "/preview/" + id,
                article != null && article.status() == ArticleStatus.PUBLISHED ? Permalinks.article(article) : null,
                log, conflict, pending, article != null && article.status() == ArticleStatus.PUBLISHED,
                present == null ? null : presenceLine(present), present != null && present.holder() != null,
                relatedHeadlines(shown), settings.current().arabicQuotes(),
                article != null && article.status() != ArticleStatus.TRASHED && (actor.role().canEditOthersStories()
                        || article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.IN_REVIEW),
                article == null || article.trashedAt() == null ? null
                        : dates.date(article.trashedAt().plus(ArticleDesk.TRASH_KEPT)));
    }

    /** The headlines of the published stories the form's related-news boxes name, by id; others are not told. */
    private Map<Long, String> relatedHeadlines(StoryForm form) {
        Map<Long, String> headlines = new LinkedHashMap<>();
        form.blocks.stream().filter(b -> b.type().equals("related")).flatMap(b -> EditorPage.ids(b.get("articles")).stream())
                .distinct().forEach(id -> published.find(id).ifPresent(a -> headlines.put(id, a.headline())));
        return headlines;
    }

    /** «هذا الخبر مفتوح للتحرير لدى سارة منذ 10:42 ص», or who else has it open; null when nobody else does. */
    String presenceLine(Presence.Status status) {
        Presence.Present holder = status.holder();
        if (holder != null) {
            // worded so that it reads right whoever the holder is: a name says nothing of grammatical gender
            return Messages.text("presence.holder", holder.name(), settings.current().dates().time(holder.since()));
        }
        if (status.others().isEmpty()) {
            return null;
        }
        return Messages.text("presence.others", String.join("، ", status.others().stream().map(Presence.Present::name).toList()));
    }

    /** The images the story already uses, however old, and the newest: a save never drops one it did not touch. */
    private List<EditorPage.Option> imageOptions(StoryForm form) {
        List<Long> used = new ArrayList<>();
        if (number(form.leadMediaId) != null) {
            used.add(number(form.leadMediaId));
        }
        form.blocks.stream().filter(b -> b.type().equals("image")).map(b -> number(b.get("media")))
                .filter(Objects::nonNull).forEach(used::add);
        return ImageChoices.of(media, used);
    }

    /** Two versions side by side: the words, every setting that differs, the body block by block. */
    private RevisionDiff.Comparison compare(StoryDraft before, StoryDraft after) {
        Map<String, String> was = settingsOf(before, "");
        Map<String, String> is = settingsOf(after, "");
        List<RevisionDiff.Field> fields = was.keySet().stream()
                .map(label -> new RevisionDiff.Field(label, was.get(label), is.get(label))).toList();
        return RevisionDiff.compare(before.headline(), after.headline(), before.standfirst(), after.standfirst(), fields,
                before.body(), after.body());
    }

    /** A version's settings as the newsroom reads them, in the form's order; {@code newAuthors}: bylines typed as new. */
    private Map<String, String> settingsOf(StoryDraft draft, String newAuthors) {
        Map<String, String> read = new LinkedHashMap<>();
        read.put(Messages.text("story.settings.section"), sectionName(draft.sectionId()));
        List<String> bylines = new ArrayList<>(authors.all(draft.authorIds()).stream().map(Author::name).toList());
        bylines.addAll(names(newAuthors));
        read.put(Messages.text("story.settings.authors"), String.join("، ", bylines));
        read.put(Messages.text("story.settings.tags"), String.join("، ", tags.all(draft.tagIds()).stream().map(Tag::name).sorted().toList()));
        read.put(Messages.text("story.settings.lead"), draft.leadMediaId() == null ? Messages.text("story.settings.no-image")
                : media.find(draft.leadMediaId()).map(m -> m.altText()).orElse(""));
        read.put(Messages.text("story.settings.breaking"), Messages.text(draft.breaking() ? "answer.yes" : "answer.no"));
        read.put(Messages.text("story.settings.embargo"), draft.embargoUntil() == null ? "" : dateTime(draft.embargoUntil()));
        read.put(Messages.text("story.settings.seo-title"), nullToEmpty(draft.seoTitle()));
        read.put(Messages.text("story.settings.seo-description"), nullToEmpty(draft.seoDescription()));
        return read;
    }

    private String sectionName(Long id) {
        return id == null ? "" : sections.byId(id).map(Section::name).orElse("");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Creates the bylines and tags typed as new, then saves; all in one transaction, so nothing is half-saved. */
    @Transactional
    Article save(Actor actor, Long id, StoryForm form, boolean autosave) {
        List<Author> newAuthors = new ArrayList<>();
        for (String name : names(form.newAuthors)) {
            newAuthors.add(names.author(name));
        }
        List<Tag> newTags = new ArrayList<>();
        for (String name : names(form.newTags)) {
            newTags.add(names.tag(name));
        }
        var draft = form.draft(zone(), newAuthors, newTags);
        return id == null ? desk.create(actor, draft) : desk.save(actor, id, form.version, draft, autosave);
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
                throw e.onField("leadUpload");
            }
        }
        Article article = save(actor, id, form, "autosave".equals(action));
        long saved = article.id();
        return switch (action) {
            case "submit" -> desk.submit(actor, saved, form.note);
            case "publish" -> desk.publish(actor, saved);
            case "update-live" -> desk.updateLive(actor, saved, article.version());
            case "schedule" -> desk.schedule(actor, saved, scheduleAt);
            default -> desk.forEditing(actor, saved);
        };
    }

    /**
     * What a save that met a newer version shows: the newer version against the form, part by part, with
     * suggestions from the version the form was opened at. The form keeps its version, so saving it again is
     * refused again: only {@link #merge} writes, with a side chosen for every differing part.
     */
    @Transactional(readOnly = true)
    EditorPage.Conflict conflict(Actor actor, long id, StoryForm form) {
        Article article = desk.forEditing(actor, id);
        List<ArticleRevision> history = desk.revisions(id);
        return new EditorPage.Conflict(history.isEmpty() ? "" : accounts.displayNames().apply(history.get(0).savedBy()),
                article.version(), rows(article, form));
    }

    private List<ThreeWayMerge.Row> rows(Article article, StoryForm form) {
        StoryDraft base = desk.revisionAt(article.id(), form.version).map(r -> new StoryDraft(r.headline(),
                r.standfirst(), null, null, null, null, null, null, r.body(), false, null, null, null)).orElse(null);
        StoryDraft mine = form.draft(zone(), List.of(), List.of());
        return ThreeWayMerge.rows(base, ArticleDesk.current(article), mine, draft -> settings(draft,
                draft == mine ? form.newAuthors : ""));
    }

    /**
     * Saves what the person chose, part by part, over the version they were shown ({@code theirsVersion}); if
     * that version is no longer the newest, the comparison is made again with the newer one.
     */
    @Transactional
    Article merge(Actor actor, long id, StoryForm form, Map<String, String> choices, long theirsVersion) {
        Article article = desk.forEditing(actor, id);
        if (article.version() != theirsVersion) {
            throw new StaleEditException(id, article.version());
        }
        ThreeWayMerge.Merged merged = ThreeWayMerge.merge(rows(article, form), choices);
        StoryDraft theirs = ArticleDesk.current(article);
        StoryForm chosen = StoryForm.of(article, theirs, zone());
        StoryForm result = merged.settings() == ThreeWayMerge.Side.THEIRS ? chosen : form;
        result.headline = merged.headline() == ThreeWayMerge.Side.THEIRS ? theirs.headline() : form.headline;
        result.standfirst = merged.standfirst() == ThreeWayMerge.Side.THEIRS
                ? (theirs.standfirst() == null ? "" : theirs.standfirst()) : form.standfirst;
        result.blocks = new ArrayList<>(merged.blocks().stream().map(BlockForm::of).toList());
        result.version = theirsVersion;
        return save(actor, id, result, false);
    }

    /** How a version's settings read in one line, to set two side by side. */
    private String settings(StoryDraft draft, String newAuthors) {
        return String.join(" · ", settingsOf(draft, newAuthors).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty()).map(e -> e.getKey() + ": " + e.getValue()).toList());
    }

    /** A story's revisions, and the comparison of {@code from} with {@code to} (by default the newest two). */
    @Transactional(readOnly = true)
    RevisionsPage revisions(AdminLayout layout, Actor actor, long id, Integer from, Integer to) {
        desk.forEditing(actor, id);
        List<ArticleRevision> history = desk.revisions(id);
        ArticleRevision newer = pick(history, to, 0);
        ArticleRevision older = pick(history, from, 1);
        ArabicDates dates = settings.current().dates();
        Function<String, String> people = accounts.displayNames();
        return new RevisionsPage(layout, id, history.stream().map(r -> new RevisionsPage.Line(r.number(),
                people.apply(r.savedBy()), dates.dateTime(r.savedAt()), r.headline())).toList(),
                older == null ? 0 : older.number(), newer == null ? 0 : newer.number(),
                older == null || newer == null ? null : older.draft() != null && newer.draft() != null
                        ? compare(older.draft(), newer.draft())
                        : RevisionDiff.compare(older.headline(), newer.headline(), older.standfirst(), newer.standfirst(),
                                List.of(), older.body(), newer.body()));
    }

    private static ArticleRevision pick(List<ArticleRevision> newestFirst, Integer number, int fallback) {
        if (number != null) {
            return newestFirst.stream().filter(r -> r.number() == number).findFirst()
                    .orElseThrow(() -> new NotFoundException("revision " + number));
        }
        return newestFirst.size() > fallback ? newestFirst.get(fallback) : null;
    }

    private List<EditorPage.Option> sectionOptions() {
        return sections.all().stream().map(s -> new EditorPage.Option(s.id(), s.name())).toList();
    }

    private List<EditorPage.Option> authorOptions() {
        return authors.all().stream().map(a -> new EditorPage.Option(a.id(), a.name())).toList();
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

    /** A filter date as the date field sends it; an impossible one (2024-13-45) is no filter, and said so. */
    private static String date(String date, String label, List<String> problems) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(date.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(Messages.text("stories.filter.date.invalid", Messages.text(label), date.strip()));
            return null;
        }
    }

    /** Actions whose detail is the note a person wrote with them, shown with the action. */
    private static boolean noted(String action) {
        return "SUBMITTED".equals(action) || "RETURNED_TO_DRAFT".equals(action);
    }

    static String action(String action) {
        return switch (action.toUpperCase(Locale.ROOT)) {
            case "CREATED" -> Messages.text("history.created");
            case "SUBMITTED" -> Messages.text("history.submitted");
            case "PUBLISHED" -> Messages.text("history.published");
            case "SCHEDULED" -> Messages.text("history.scheduled");
            case "UNPUBLISHED" -> Messages.text("history.unpublished");
            case "RETURNED_TO_DRAFT" -> Messages.text("history.returned-to-draft");
            case "RESTORED" -> Messages.text("history.restored");
            case "PENDING_SAVED" -> Messages.text("history.pending-saved");
            case "UPDATED_LIVE" -> Messages.text("history.updated-live");
            case "PENDING_DISCARDED" -> Messages.text("history.pending-discarded");
            case "TOOK_OVER" -> Messages.text("history.took-over");
            case "RESCHEDULED" -> Messages.text("history.rescheduled");
            case "DELETED" -> Messages.text("history.deleted");
            case "MOVED" -> Messages.text("history.moved");
            case "TRASHED" -> Messages.text("history.trashed");
            case "RESTORED_FROM_TRASH" -> Messages.text("history.restored-from-trash");
            case "IMAGE_REMOVED" -> Messages.text("history.image-removed");
            default -> action;
        };
    }
}
