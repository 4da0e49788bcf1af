package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nashir.article.Article;
import org.nashir.article.StoryDraft;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyCodec;
import org.nashir.article.body.BodyProblem;
import org.nashir.article.body.InvalidBodyException;
import org.nashir.author.Author;
import org.nashir.shared.InvalidInputException;
import org.nashir.tag.Tag;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The story editor's form, as typed. Built from a stored story or from a submitted request, turned
 * into a {@link StoryDraft} only when saved; until then nothing is validated and nothing is lost.
 */
public final class StoryForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String headline = "";
    public String standfirst = "";
    public String slug = "";
    public String sectionId = "";
    public List<String> otherSectionIds = new ArrayList<>();
    public List<String> authorIds = new ArrayList<>();
    public String newAuthors = "";
    public List<String> tagIds = new ArrayList<>();
    public String newTags = "";
    public String leadMediaId = "";
    /** A new lead image uploaded with the form: stored in the same transaction as the story. */
    byte[] leadUpload;
    public String leadAlt = "";
    public String leadCaption = "";
    public String leadCredit = "";
    public boolean breaking;
    public String embargoUntil = "";
    public String scheduleAt = "";
    public String seoTitle = "";
    public String seoDescription = "";
    /** What goes with a story sent for review or back to its writer; not part of the story. */
    public String note = "";
    public long version;
    public List<BlockForm> blocks = new ArrayList<>();
    public Map<String, String> errors = new LinkedHashMap<>();
    /** Built from a submitted request: what it holds has not been saved (yet). */
    boolean submitted;

    /** The form of a story as its editor works on it: {@code draft} is its pending version, or the story as it is. */
    static StoryForm of(Article article, StoryDraft draft, ZoneId zone) {
        StoryForm form = new StoryForm();
        form.headline = draft.headline();
        form.standfirst = nullToEmpty(draft.standfirst());
        form.slug = nullToEmpty(draft.slug());
        form.sectionId = draft.sectionId() == null ? "" : String.valueOf(draft.sectionId());
        draft.otherSectionIds().forEach(s -> form.otherSectionIds.add(String.valueOf(s)));
        draft.authorIds().forEach(a -> form.authorIds.add(String.valueOf(a)));
        draft.tagIds().forEach(t -> form.tagIds.add(String.valueOf(t)));
        form.leadMediaId = draft.leadMediaId() == null ? "" : String.valueOf(draft.leadMediaId());
        form.breaking = draft.breaking();
        form.embargoUntil = local(draft.embargoUntil(), zone);
        form.scheduleAt = local(article.scheduledAt(), zone);
        form.seoTitle = nullToEmpty(draft.seoTitle());
        form.seoDescription = nullToEmpty(draft.seoDescription());
        form.version = article.version();
        draft.body().blocks().forEach(b -> form.blocks.add(BlockForm.of(b)));
        return form;
    }

    static StoryForm from(HttpServletRequest request) {
        StoryForm form = new StoryForm();
        form.submitted = true;
        form.headline = param(request, "headline");
        form.standfirst = param(request, "standfirst");
        form.slug = param(request, "slug");
        form.sectionId = param(request, "sectionId");
        form.otherSectionIds = values(request, "otherSectionIds");
        form.authorIds = values(request, "authorIds");
        form.newAuthors = param(request, "newAuthors");
        form.tagIds = values(request, "tagIds");
        form.newTags = param(request, "newTags");
        form.leadMediaId = param(request, "leadMediaId");
        form.leadAlt = param(request, "leadAlt");
        form.leadCaption = param(request, "leadCaption");
        form.leadCredit = param(request, "leadCredit");
        if (request instanceof MultipartHttpServletRequest multipart && multipart.getFile("leadUpload") != null) {
            try {
                form.leadUpload = multipart.getFile("leadUpload").getBytes();
            } catch (java.io.IOException e) {
                throw new InvalidInputException("leadUpload", "editor.upload.interrupted");
            }
        }
        form.breaking = request.getParameter("breaking") != null;
        form.embargoUntil = param(request, "embargoUntil");
        form.scheduleAt = param(request, "scheduleAt");
        form.seoTitle = param(request, "seoTitle");
        form.seoDescription = param(request, "seoDescription");
        form.note = param(request, "note");
        try {
            form.version = Long.parseLong(param(request, "version"));
        } catch (NumberFormatException e) {
            form.version = -1;
        }
        // fields arrive as block.<index>.<field>; the index orders them
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (var entry : request.getParameterMap().entrySet()) {
            String[] parts = entry.getKey().split("\\.", 3);
            if (parts.length == 3 && "block".equals(parts[0]) && parts[1].matches("\\d{1,3}")) {
                byIndex.computeIfAbsent(Integer.parseInt(parts[1]), i -> new LinkedHashMap<>())
                        .put(parts[2], entry.getValue()[0]);
            }
        }
        for (Map<String, String> fields : byIndex.values()) {
            String type = fields.remove("type");
            if (type != null && BlockForm.TYPES.contains(type)) {
                form.blocks.add(new BlockForm(type, fields, null));
            }
        }
        return form;
    }

    /** Applies an editing action that needs no saving: add, move, duplicate or remove a block, or keep the form as typed. */
    boolean edit(String action) {
        if ("keep".equals(action)) {
            return true; // a copy kept in the browser, drawn again to be looked at and saved
        }
        if (action.startsWith("add:") && BlockForm.TYPES.contains(action.substring(4))) {
            blocks.add(BlockForm.empty(action.substring(4)));
            return true;
        }
        String[] parts = action.split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return false;
        }
        int i = Integer.parseInt(parts[1]);
        if (i >= blocks.size()) {
            return false;
        }
        switch (parts[0]) {
            case "up" -> {
                if (i > 0) {
                    blocks.add(i - 1, blocks.remove(i));
                }
            }
            case "down" -> {
                if (i < blocks.size() - 1) {
                    blocks.add(i + 1, blocks.remove(i));
                }
            }
            case "remove" -> blocks.remove(i);
            case "duplicate" -> blocks.add(i + 1, blocks.get(i).copy());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The body, validated, without blocks never filled in; on failure each problem is attached to its block and rethrown. */
    Body body() {
        blocks.removeIf(BlockForm::blank);
        ObjectNode root = JSON.createObjectNode();
        root.put("version", Body.VERSION);
        ArrayNode array = root.putArray("blocks");
        blocks.forEach(b -> array.add(b.toJson(JSON)));
        try {
            return BodyCodec.read(root);
        } catch (InvalidBodyException e) {
            attach(e.problems());
            throw e;
        }
    }

    void attach(List<BodyProblem> problems) {
        for (BodyProblem problem : problems) {
            if (problem.index() > 0 && problem.index() <= blocks.size()) {
                int i = problem.index() - 1;
                blocks.set(i, blocks.get(i).withProblem(problem.describe()));
            } else {
                errors.put("body", problem.describe());
            }
        }
    }

    StoryDraft draft(ZoneId zone, List<Author> createdAuthors, List<Tag> createdTags) {
        List<Long> authors = ids(authorIds, "authorIds");
        createdAuthors.forEach(a -> authors.add(a.id()));
        List<Long> tags = ids(tagIds, "tagIds");
        createdTags.forEach(t -> tags.add(t.id()));
        return new StoryDraft(headline, standfirst, slug, id(sectionId, "sectionId"), ids(otherSectionIds, "otherSectionIds"),
                authors, tags,
                id(leadMediaId, "leadMediaId"), body(), breaking, instant(embargoUntil, zone, "embargoUntil"),
                seoTitle, seoDescription);
    }

    Instant scheduleInstant(ZoneId zone) {
        Instant at = instant(scheduleAt, zone, "scheduleAt");
        if (at == null) {
            throw new InvalidInputException("scheduleAt", "editor.schedule.required");
        }
        return at;
    }

    private static Instant instant(String local, ZoneId zone, String field) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            // ISO accepts both the minutes a browser sends by default and the seconds of step="1"
            return LocalDateTime.parse(local.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "editor.time.invalid");
        }
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    private static Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "editor.value.invalid");
        }
    }

    private static List<Long> ids(List<String> values, String field) {
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            Long id = id(value, field);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new ArrayList<>() : new ArrayList<>(List.of(values));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public boolean hasAuthor(long id) {
        return authorIds.contains(String.valueOf(id));
    }

    public boolean alsoIn(long sectionId) {
        return otherSectionIds.contains(String.valueOf(sectionId));
    }

    public boolean hasTag(long id) {
        return tagIds.contains(String.valueOf(id));
    }

    /** Shown from a submitted form (a block added, moved or removed, a refused save): not saved yet. */
    public boolean unsaved() {
        return submitted;
    }

    public String error(String field) {
        return errors.get(field);
    }
}
