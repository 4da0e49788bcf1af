package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Presence;
import org.nashir.article.StaleEditException;
import org.nashir.article.WorkflowException;
import org.nashir.article.body.InvalidBodyException;
import org.nashir.search.StoryQuery;
import org.nashir.search.StorySearch;
import org.nashir.security.Actor;
import org.nashir.security.StaffPrincipal;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The stories list and the story editor. The block editor works without JavaScript: adding, moving
 * and removing blocks re-renders the form as typed, and only "save" (or a status action) writes.
 */
@Controller
class StoryEditorController {

    private static final String ID = "{id:\\d{1,18}}";

    private final Newsroom newsroom;
    private final ArticleDesk desk;
    private final AdminLayouts layouts;
    private final StorySearch search;
    private final Presence presence;
    private final StoryCalendar calendar;

    StoryEditorController(Newsroom newsroom, ArticleDesk desk, AdminLayouts layouts, StorySearch search,
            Presence presence, StoryCalendar calendar) {
        this.calendar = calendar;
        this.presence = presence;
        this.search = search;
        this.newsroom = newsroom;
        this.desk = desk;
        this.layouts = layouts;
    }

    @GetMapping("/admin/stories")
    ModelAndView list(org.springframework.ui.Model flash,
            @RequestParam(required = false) String status, @RequestParam(required = false) String section,
            @RequestParam(required = false) String author, @RequestParam(required = false) String q,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String mine,
            @RequestParam(defaultValue = "1") String page,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        var filters = new StoryListPage.Filters(status, section, author, q == null ? null : q.strip(), from, to, sort, mine);
        // what a bulk action said comes as a flash attribute, never from the address
        String notice = flash.getAttribute("bulkNotice") instanceof String said ? said
                : request.getParameter("deleted") != null ? Messages.text("story.deleted")
                : request.getParameter("trashed") != null ? Messages.text("story.trashed") : null;
        return new ModelAndView("admin/stories/list", "page",
                newsroom.list(layouts.layout(request, Messages.text("admin.nav.stories"), notice), staff.actor(), filters, number));
    }

    /**
     * The story as typed, checked as a save is and saved nowhere: the editor's live preview. The reader's side draws it
     * (the newsroom and the reader's pages know nothing of each other's classes, only of this forward).
     */
    @PostMapping({"/admin/stories/live-preview", "/admin/stories/" + ID + "/live-preview"})
    String livePreview(@PathVariable(required = false) Long id, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        StoryForm form = StoryForm.from(request);
        request.setAttribute(Article.UNSAVED, desk.preview(staff.actor(), id, form.draft(newsroom.zone(), List.of(), List.of())));
        return "forward:/preview/unsaved";
    }

    @GetMapping("/admin/stories/calendar")
    ModelAndView calendar(@RequestParam(required = false) String month, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        return new ModelAndView("admin/stories/calendar", "page",
                calendar.month(layouts.layout(request, Messages.text("calendar.title"), null), staff.actor(), month));
    }

    @GetMapping("/admin/stories/new")
    ModelAndView create(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        StoryForm form = new StoryForm();
        form.blocks.add(BlockForm.empty("paragraph"));
        return editor(staff.actor(), null, form, request, null, HttpStatus.OK, null);
    }

    @GetMapping("/admin/stories/" + ID)
    ModelAndView edit(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        String notice = request.getParameter("saved") != null ? Messages.text("story.saved") : null;
        return editor(staff.actor(), id, null, request, notice, HttpStatus.OK, null);
    }

    @PostMapping("/admin/stories")
    ModelAndView createPost(@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        return act(staff.actor(), null, action, request);
    }

    @PostMapping("/admin/stories/" + ID)
    ModelAndView update(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        return act(staff.actor(), id, action, request);
    }

    /** A new story's first autosave: it becomes a draft, and the script carries on with its id. */
    @PostMapping(path = "/admin/stories/autosave", produces = "application/json")
    org.springframework.http.ResponseEntity<Map<String, Object>> autosaveNew(@AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        return autosave(null, staff, request);
    }

    /** Autosave from the editor's script: same form, JSON answer, never a page. */
    @PostMapping(path = "/admin/stories/" + ID + "/autosave", produces = "application/json")
    org.springframework.http.ResponseEntity<Map<String, Object>> autosave(@PathVariable Long id,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        StoryForm form = StoryForm.from(request);
        try {
            Article saved = newsroom.saveAnd(staff.actor(), id, form, "autosave");
            return org.springframework.http.ResponseEntity.ok(Map.of("id", saved.id(), "version", saved.version(),
                    "message", saved.live() ? Messages.text("editor.autosave.pending")
                            : Messages.text("editor.autosave.draft")));
        } catch (StaleEditException e) {
            return org.springframework.http.ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message",
                    Messages.text("editor.autosave.conflict")));
        } catch (InvalidBodyException | InvalidInputException | WorkflowException e) {
            return org.springframework.http.ResponseEntity.badRequest().body(Map.of("message",
                    Messages.text("editor.autosave.invalid")));
        }
    }

    /** The editor's heartbeat: who else has the story open, and whether this person still holds it. */
    @PostMapping(path = "/admin/stories/" + ID + "/presence", produces = "application/json")
    @ResponseBody
    Map<String, Object> presence(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
        desk.forEditing(staff.actor(), id);
        Presence.Status status = presence.beat(staff.actor(), staff.displayName(), id);
        Presence.Present holder = status.holder();
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("youHold", status.youHold());
        answer.put("holder", holder == null ? null : holder.name());
        String line = newsroom.presenceLine(status);
        answer.put("message", line == null ? "" : line);
        return answer;
    }

    /** The editor was closed (the page's script says so as it leaves); a silent editor is dropped after a while anyway. */
    @PostMapping("/admin/stories/" + ID + "/presence/leave")
    ResponseEntity<Void> leave(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
        presence.leave(staff.actor(), id);
        return ResponseEntity.noContent().build();
    }

    /** Takes the story over from whoever is editing it: they are told at their next heartbeat, and the log keeps it. */
    @PostMapping("/admin/stories/" + ID + "/takeover")
    String takeOver(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
        desk.forEditing(staff.actor(), id);
        presence.takeOver(staff.actor(), staff.displayName(), id);
        return "redirect:/admin/stories/" + id;
    }

    /** Published stories for the related-news picker, found as readers' search finds them. */
    @GetMapping(path = "/admin/stories/lookup", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    List<Map<String, Object>> lookup(@RequestParam(defaultValue = "") String q) {
        if (q.isBlank() || q.length() > 200) {
            return List.of();
        }
        return search.search(StoryQuery.of(q)).hits().stream()
                .map(h -> Map.<String, Object>of("id", h.article().id(), "headline", h.article().headline())).toList();
    }

    /** Into the trash, from where it can be brought back for 30 days. */
    @PostMapping("/admin/stories/" + ID + "/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
        desk.trash(staff.actor(), id);
        return "redirect:/admin/stories?trashed";
    }

    /** Most stories one bulk action takes: a page of the list and more. */
    private static final int BULK_MOST = 100;

    /**
     * One action on the stories ticked in the list: moved to a section, unpublished, put in the trash, restored or
     * deleted for good from it. Each story is its own change, checked as if done from its editor; what could not be
     * done is said with its reason, and the rest is done.
     */
    @PostMapping("/admin/stories/bulk")
    String bulk(@RequestParam(name = "ids", required = false) List<String> ids, @RequestParam(defaultValue = "") String bulk,
            @RequestParam(defaultValue = "") String section, @RequestParam(defaultValue = "") String back,
            @AuthenticationPrincipal StaffPrincipal staff,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        List<Long> chosen = ids == null ? List.of() : ids.stream().filter(i -> i.matches("\\d{1,18}")).map(Long::valueOf)
                .distinct().limit(BULK_MOST).toList();
        if (chosen.isEmpty()) {
            throw new InvalidInputException("ids", "stories.bulk.none");
        }
        Actor actor = staff.actor();
        java.util.function.LongConsumer action = switch (bulk) {
            case "move" -> {
                if (!section.matches("\\d{1,18}")) {
                    throw new InvalidInputException("section", "stories.bulk.section");
                }
                yield id -> desk.move(actor, id, Long.parseLong(section));
            }
            case "unpublish" -> id -> desk.unpublish(actor, id);
            case "trash" -> id -> desk.trash(actor, id);
            case "untrash" -> id -> desk.restoreFromTrash(actor, id);
            case "purge" -> id -> desk.delete(actor, id);
            default -> throw new InvalidInputException("bulk", "admin.action.unknown");
        };
        int done = 0;
        List<String> refused = new java.util.ArrayList<>();
        for (long id : chosen) {
            try {
                action.accept(id);
                done++;
            } catch (org.nashir.shared.Problem e) {
                refused.add(Messages.text("stories.bulk.refused", desk.headline(actor, id), e.detail(newsroom.dates())));
            }
        }
        String said = Messages.text("stories.bulk.done", org.nashir.shared.ArabicCounts.stories(done));
        redirect.addFlashAttribute("bulkNotice", refused.isEmpty() ? said : said + " " + String.join(" ", refused));
        // back to the list as it was filtered, and nowhere else
        return "redirect:/admin/stories" + (back.startsWith("?") && !back.contains("//") ? back : "");
    }

    /** Out of the trash for good, by an editor. */
    @PostMapping("/admin/stories/" + ID + "/purge")
    String purge(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
        desk.delete(staff.actor(), id);
        return "redirect:/admin/stories?status=" + ArticleStatus.TRASHED.ordinal() + "&deleted";
    }

    @GetMapping("/admin/stories/" + ID + "/revisions")
    ModelAndView revisions(@PathVariable long id, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        return new ModelAndView("admin/stories/revisions", "page",
                newsroom.revisions(layouts.layout(request, Messages.text("editor.revisions.title"), null), staff.actor(), id, from, to));
    }

    @PostMapping("/admin/stories/" + ID + "/revisions/{number:\\d{1,6}}/restore")
    String restore(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal StaffPrincipal staff) {
        desk.restore(staff.actor(), id, number);
        return "redirect:/admin/stories/" + id + "?saved";
    }

    private ModelAndView act(Actor actor, Long id, String action, HttpServletRequest request) {
        StoryForm form = StoryForm.from(request);
        if (form.edit(action)) {
            return editor(actor, id, form, request, null, HttpStatus.OK, null);
        }
        try {
            Article article = switch (action) {
                case "save", "submit", "publish", "schedule", "update-live" -> newsroom.saveAnd(actor, id, form, action);
                case "merge" -> newsroom.merge(actor, existing(id), form, choices(request), theirsVersion(request));
                case "discard" -> desk.discardPending(actor, existing(id));
                case "unpublish" -> desk.unpublish(actor, existing(id));
                case "draft" -> desk.returnToDraft(actor, existing(id), form.note);
                case "untrash" -> desk.restoreFromTrash(actor, existing(id));
                default -> throw new InvalidInputException("action", "admin.action.unknown");
            };
            return new ModelAndView("redirect:/admin/stories/" + article.id() + "?saved");
        } catch (InvalidBodyException e) {
            form.attach(e.problems());
            form.errors.putIfAbsent("body", Messages.text("editor.body.invalid"));
        } catch (InvalidInputException e) {
            form.errors.put(e.field(), e.getMessage());
            if ("merge".equals(e.field())) {
                return conflict(actor, id, form, request);
            }
        } catch (WorkflowException e) {
            // an embargo names the moment it lifts, in the site's own words for dates
            form.errors.put("workflow", e.detail(newsroom.dates()));
        } catch (StaleEditException e) {
            return conflict(actor, id, form, request);
        }
        return editor(actor, id, form, request, null, HttpStatus.BAD_REQUEST, null);
    }

    /** Someone saved meanwhile: nothing is written; the page asks for a side for every part that differs. */
    private ModelAndView conflict(Actor actor, long id, StoryForm form, HttpServletRequest request) {
        form.errors.put("conflict", Messages.text("editor.conflict"));
        return editor(actor, id, form, request, null, HttpStatus.CONFLICT, newsroom.conflict(actor, id, form));
    }

    private static Map<String, String> choices(HttpServletRequest request) {
        Map<String, String> choices = new java.util.HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("merge.") && values.length > 0) {
                choices.put(name.substring("merge.".length()), values[0]);
            }
        });
        return choices;
    }

    private static long theirsVersion(HttpServletRequest request) {
        String value = request.getParameter("theirsVersion");
        if (value == null || !value.matches("\\d{1,18}")) {
            throw new InvalidInputException("action", "editor.merge.none");
        }
        return Long.parseLong(value);
    }

    private static long existing(Long id) {
        if (id == null) {
            throw new InvalidInputException("action", "editor.save-first");
        }
        return id;
    }

    private ModelAndView editor(Actor actor, Long id, StoryForm form, HttpServletRequest request, String notice,
            HttpStatus status, EditorPage.Conflict conflict) {
        String title = Messages.text(id == null ? "editor.title.new" : "editor.title.edit");
        ModelAndView view = new ModelAndView("admin/stories/edit", "page",
                newsroom.editor(layouts.layout(request, title, notice), actor, name(), id, form, conflict));
        view.setStatus(status);
        return view;
    }

    /** The signed-in person's name as the newsroom knows it, for what others are told of who has a story open. */
    private static String name() {
        return ((StaffPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).displayName();
    }
}
