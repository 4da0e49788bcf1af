package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nashir.article.Article;
import org.nashir.article.PublishedStories;
import org.nashir.front.FrontBlock;
import org.nashir.front.FrontConflictException;
import org.nashir.front.FrontDesk;
import org.nashir.front.FrontStyle;
import org.nashir.section.Section;
import org.nashir.section.SectionDesk;
import org.nashir.security.StaffPrincipal;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the editors arrange the fronts: the home page's lead, top stories and section blocks, and the story each
 * section's page leads with. A form that works without script; {@code front-desk.js} adds dragging on top.
 */
@Controller
class FrontAdminController {

    /** How many of the newest published stories the home page's places offer (besides those already placed). */
    private static final int CANDIDATES = 60;
    private static final int SECTION_CANDIDATES = 20;

    private final FrontDesk fronts;
    private final PublishedStories stories;
    private final SectionDesk sections;
    private final SiteSettingsService settings;
    private final AdminLayouts layouts;

    FrontAdminController(FrontDesk fronts, PublishedStories stories, SectionDesk sections,
            SiteSettingsService settings, AdminLayouts layouts) {
        this.fronts = fronts;
        this.stories = stories;
        this.sections = sections;
        this.settings = settings;
        this.layouts = layouts;
    }

    @GetMapping("/admin/front")
    ModelAndView front(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireEditor();
        return page(request, null, null, HttpStatus.OK);
    }

    @PostMapping("/admin/front")
    ModelAndView arrangeHome(@RequestParam Map<String, String> form, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        staff.actor().requireEditor();
        try {
            Map<Integer, Long> picks = new LinkedHashMap<>();
            for (int slot = 0; slot <= FrontDesk.TOP_STORIES; slot++) {
                Long story = storyId(form.get("slot" + slot), "slot" + slot);
                if (story != null) {
                    picks.put(slot, story);
                }
            }
            List<FrontBlock> blocks = new ArrayList<>();
            for (Section section : sections.all()) {
                String style = form.get("style-" + section.id());
                if (style != null) {
                    blocks.add(new FrontBlock(section.id(), position(form.get("order-" + section.id())), style(style)));
                }
            }
            fronts.arrangeHome(staff.actor(), number(form.get("version"), "version"), picks, blocks);
        } catch (InvalidInputException e) {
            return page(request, form, e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (FrontConflictException e) {
            return page(request, null, e.getMessage(), HttpStatus.CONFLICT);
        }
        return new ModelAndView("redirect:/admin/front?saved");
    }

    @PostMapping("/admin/front/sections/{id:\\d{1,18}}")
    ModelAndView pinSectionLead(@PathVariable long id, @RequestParam(defaultValue = "") String story,
            @RequestParam(defaultValue = "") String version, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        staff.actor().requireEditor();
        try {
            fronts.pinSectionLead(staff.actor(), id, number(version, "version"), storyId(story, "story"));
        } catch (InvalidInputException e) {
            return page(request, null, e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (FrontConflictException e) {
            return page(request, null, e.getMessage(), HttpStatus.CONFLICT);
        }
        return new ModelAndView("redirect:/admin/front?saved#section-" + id);
    }

    /**
     * The page as stored, or, after a refused save, with what the editor sent ({@code sent}) so that nothing chosen
     * is lost.
     */
    private ModelAndView page(HttpServletRequest request, Map<String, String> sent, String error, HttpStatus status) {
        ArabicDates dates = settings.current().dates();
        FrontDesk.Front home = fronts.home();
        List<FrontAdminPage.Slot> slots = new ArrayList<>();
        // a story in a place is offered even when older than the newest: the place shows what it holds
        Set<Long> placed = new HashSet<>();
        for (int slot = 0; slot <= FrontDesk.TOP_STORIES; slot++) {
            Long picked = home.picks().get(slot);
            String selected = sent != null ? sent.getOrDefault("slot" + slot, "") : picked == null ? "" : picked.toString();
            slots.add(new FrontAdminPage.Slot(slot, slot == 0 ? Messages.text("front.slot.lead")
                    : Messages.text("front.slot.top", dates.number(slot)), selected));
            if (selected.matches("\\d{1,18}")) {
                placed.add(Long.parseLong(selected));
            }
        }
        List<Article> offered = new ArrayList<>(stories.newest(CANDIDATES));
        offered.stream().map(Article::id).toList().forEach(placed::remove);
        offered.addAll(stories.cards(placed));
        List<Choice> candidates = offered.stream().map(a -> choice(a, dates)).toList();

        Map<Long, FrontBlock> arranged = home.blocks().stream()
                .collect(Collectors.toMap(FrontBlock::sectionId, b -> b, (a, b) -> a, LinkedHashMap::new));
        List<Section> all = sections.all();
        List<FrontAdminPage.Block> blocks = new ArrayList<>();
        for (Section section : all) {
            FrontBlock block = arranged.get(section.id());
            String style = block == null ? FrontStyle.GRID.name() : block.style().name();
            int order = block == null ? arranged.size() + blocks.size() : block.position();
            if (sent != null) {
                style = sent.getOrDefault("style-" + section.id(), style);
                order = parsedOr(sent.get("order-" + section.id()), order);
            }
            blocks.add(new FrontAdminPage.Block(section.id(), section.name(), style, order));
        }
        blocks.sort((a, b) -> Integer.compare(a.order(), b.order()));
        List<Choice> styles = Arrays.stream(FrontStyle.values()).map(s -> new Choice(s.name(), s.arabicName())).toList();

        List<FrontAdminPage.SectionLead> leads = new ArrayList<>();
        for (Section section : all) {
            FrontDesk.Front front = fronts.ofSection(section.id());
            List<Article> inSection = new ArrayList<>(stories.latest(PublishedStories.Filter.in(section), SECTION_CANDIDATES));
            Long pinned = front.lead();
            if (pinned != null && inSection.stream().noneMatch(a -> a.id().equals(pinned))) {
                inSection.addAll(stories.cards(List.of(pinned)));
            }
            leads.add(new FrontAdminPage.SectionLead(section.id(), section.name(), front.version(),
                    pinned == null ? "" : pinned.toString(), inSection.stream().map(a -> choice(a, dates)).toList()));
        }
        String updated = home.updatedBy() == null ? null
                : Messages.text("front.updated", home.updatedBy(), dates.dateTime(home.updatedAt()));
        String notice = request.getParameter("saved") != null ? Messages.text("front.saved") : null;
        ModelAndView view = new ModelAndView("admin/front", "page", new FrontAdminPage(
                layouts.layout(request, Messages.text("front.title"), notice), home.version(), slots, candidates,
                blocks, styles, leads, updated, error));
        view.setStatus(status);
        return view;
    }

    private static Choice choice(Article story, ArabicDates dates) {
        return new Choice(story.id().toString(), story.headline() + " · " + story.section().name() + " · "
                + dates.dateTime(story.publishedAt()));
    }

    private static Long storyId(String value, String field) {
        return value == null || value.isBlank() ? null : number(value, field);
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "front.number.invalid");
        }
    }

    private static int position(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("blocks", "front.number.invalid");
        }
    }

    private static int parsedOr(String value, int otherwise) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static FrontStyle style(String name) {
        try {
            return FrontStyle.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("blocks", "front.style.unknown");
        }
    }
}
