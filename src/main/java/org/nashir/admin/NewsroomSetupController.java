package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import org.nashir.author.AuthorDesk;
import org.nashir.media.MediaLibrary;
import org.nashir.section.SectionDesk;
import org.nashir.security.StaffPrincipal;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.nashir.tag.TagDesk;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Sections, authors and tags: the editors' to keep in order. Every change is checked by the domain service. */
@Controller
class NewsroomSetupController {

    private static final String ID = "{id:\\d{1,18}}";

    private final SectionDesk sectionDesk;
    private final AuthorDesk authorDesk;
    private final TagDesk tagDesk;
    private final MediaLibrary media;
    private final AdminLayouts layouts;

    NewsroomSetupController(SectionDesk sectionDesk, AuthorDesk authorDesk, TagDesk tagDesk,
            MediaLibrary media, AdminLayouts layouts) {
        this.media = media;
        this.sectionDesk = sectionDesk;
        this.authorDesk = authorDesk;
        this.tagDesk = tagDesk;
        this.layouts = layouts;
    }

    @GetMapping("/admin/{kind:sections|authors|tags}")
    ModelAndView list(@PathVariable String kind, @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireTaxonomyEditor();
        return page(kind, request, null, HttpStatus.OK);
    }

    @PostMapping("/admin/sections")
    ModelAndView createSection(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        return attempt("sections", request, () -> sectionDesk.create(staff.actor(), name, slug));
    }

    @PostMapping("/admin/sections/" + ID)
    ModelAndView changeSection(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        return attempt("sections", request, () -> {
            switch (action) {
                case "up" -> sectionDesk.move(staff.actor(), id, -1);
                case "down" -> sectionDesk.move(staff.actor(), id, 1);
                default -> sectionDesk.rename(staff.actor(), id, name);
            }
        });
    }

    @PostMapping("/admin/authors")
    ModelAndView createAuthor(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String bio, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        return attempt("authors", request, () -> authorDesk.create(staff.actor(), name, title, bio));
    }

    @PostMapping("/admin/authors/" + ID)
    ModelAndView changeAuthor(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String bio,
            @RequestParam(required = false) Long photoId, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        return attempt("authors", request, () -> authorDesk.update(staff.actor(), id, name, title, bio, photoId));
    }

    @PostMapping("/admin/tags/" + ID)
    ModelAndView changeTag(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Long into, @RequestParam(defaultValue = "rename") String action,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        return attempt("tags", request, () -> {
            if ("merge".equals(action)) {
                if (into == null) {
                    throw new InvalidInputException("into", "tag.merge.choose");
                }
                tagDesk.merge(staff.actor(), id, into);
            } else {
                tagDesk.rename(staff.actor(), id, name);
            }
        });
    }

    private ModelAndView attempt(String kind, HttpServletRequest request, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            return page(kind, request, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/" + kind + "?saved");
    }

    ModelAndView page(String kind, HttpServletRequest request, String error, HttpStatus status) {
        String notice = request.getParameter("saved") != null ? Messages.text("admin.saved") : null;
        List<ListPage.Row> rows;
        String heading;
        switch (kind) {
            case "sections" -> {
                heading = Messages.text("admin.nav.sections");
                rows = sectionDesk.all().stream()
                        .map(s -> new ListPage.Row(s.id(), s.name(), s.slug(), null, true, null)).toList();
            }
            case "authors" -> {
                heading = Messages.text("admin.nav.authors");
                rows = authorDesk.all().stream().map(a -> new ListPage.Row(a.id(), a.name(),
                        a.title() == null ? "" : a.title(), a.bio() == null ? "" : a.bio(), true,
                        a.photo() == null ? null : a.photo().id())).toList();
            }
            default -> {
                heading = Messages.text("admin.nav.tags");
                rows = tagDesk.all().stream()
                        .map(t -> new ListPage.Row(t.id(), t.name(), t.slug(), null, true, null)).toList();
            }
        }
        List<EditorPage.Option> choices = rows.stream().map(r -> new EditorPage.Option(r.id(), r.name())).toList();
        ModelAndView view = new ModelAndView("admin/list", "page",
                new ListPage(layouts.layout(request, heading, notice), kind, heading, rows, choices, List.of(),
                        "authors".equals(kind) ? ImageChoices.of(media, rows.stream().map(ListPage.Row::imageId)
                                .filter(Objects::nonNull).toList()) : List.of(), error));
        view.setStatus(status);
        return view;
    }
}
