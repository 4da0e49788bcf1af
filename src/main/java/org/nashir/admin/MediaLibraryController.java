package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Permalinks;
import org.nashir.article.Stories;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaLibrary;
import org.nashir.media.MediaStorage;
import org.nashir.security.StaffPrincipal;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.nashir.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** The media library: upload with alt text, caption and credit; search; edit; see where an image is used. */
@Controller
class MediaLibraryController {

    private static final int PAGE_SIZE = 24;
    private static final int LOOKUP_SIZE = 20;

    private final MediaStorage storage;
    private final MediaLibrary media;
    private final Stories articles;
    private final AdminLayouts layouts;

    MediaLibraryController(MediaStorage storage, MediaLibrary media, Stories articles, AdminLayouts layouts) {
        this.storage = storage;
        this.media = media;
        this.articles = articles;
        this.layouts = layouts;
    }

    @GetMapping("/admin/media")
    @Transactional(readOnly = true)
    public ModelAndView library(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        String notice = request.getParameter("uploaded") != null ? Messages.text("media.uploaded") : null;
        return list(q, page, staff, request, notice, null, HttpStatus.OK);
    }

    /**
     * The editor's image picker: the whole library searched by alt text, caption and credit, folded as Arabic is
     * (hamza seats, taa marbuta, alef maqsura, diacritics), newest first, a page at a time, with thumbnails.
     */
    @GetMapping(path = "/admin/media/lookup", produces = "application/json")
    @ResponseBody
    @Transactional(readOnly = true)
    public Map<String, Object> lookup(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page) {
        int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        Page<MediaAsset> found = media.search(q.length() > 200 ? q.substring(0, 200) : q, number, LOOKUP_SIZE);
        return Map.of("items", found.getContent().stream().map(MediaLibraryController::item).toList(),
                "more", found.hasNext());
    }

    @PostMapping("/admin/media")
    public ModelAndView upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String altText,
            @RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        try {
            storage.upload(staff.actor(), file == null ? new byte[0] : file.getBytes(), altText, caption, credit);
        } catch (InvalidInputException e) {
            return list("", "1", staff, request, null, e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (IOException e) {
            return list("", "1", staff, request, null, Messages.text("media.upload.interrupted"), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/media?uploaded");
    }

    @GetMapping("/admin/media/{id:\\d{1,18}}")
    @Transactional(readOnly = true)
    public ModelAndView edit(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        String notice = request.getParameter("saved") != null ? Messages.text("media.saved") : null;
        return editor(id, staff, request, notice, null, HttpStatus.OK);
    }

    @PostMapping("/admin/media/{id:\\d{1,18}}")
    public ModelAndView update(@PathVariable long id, @RequestParam(defaultValue = "") String altText,
            @RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        try {
            storage.describe(staff.actor(), id, altText, caption, credit, media -> articles.usingImage(media).stream()
                    .anyMatch(a -> a.status() == ArticleStatus.PUBLISHED));
        } catch (InvalidInputException e) {
            return editor(id, staff, request, null, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/media/" + id + "?saved");
    }

    private ModelAndView list(String q, String page, StaffPrincipal staff, HttpServletRequest request, String notice,
            String error, HttpStatus status) {
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        Page<MediaAsset> found = media.search(q, number - 1, PAGE_SIZE);
        String base = "/admin/media?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&page=";
        ModelAndView view = new ModelAndView("admin/media/library", "page", new MediaPage(
                layouts.layout(request, Messages.text("admin.nav.media"), notice), q, found.getContent().stream().map(MediaLibraryController::item).toList(),
                media.creditsInUse(30), staff.role().canUploadMedia(), null, List.of(), error,
                found.hasPrevious() ? base + (number - 1) : null, found.hasNext() ? base + (number + 1) : null));
        view.setStatus(status);
        return view;
    }

    private ModelAndView editor(long id, StaffPrincipal staff, HttpServletRequest request, String notice, String error,
            HttpStatus status) {
        MediaAsset asset = media.find(id).orElseThrow(() -> new NotFoundException("media " + id));
        var usedIn = articles.usingImage(id).stream()
                .map(a -> new EditorPage.Option(a.id(), a.headline())).toList();
        ModelAndView view = new ModelAndView("admin/media/edit", "page", new MediaPage(
                layouts.layout(request, Messages.text("media.details.title"), notice), "", List.of(), media.creditsInUse(30),
                staff.role().canUploadMedia(), item(asset), usedIn, error, null, null));
        view.setStatus(status);
        return view;
    }

    private static MediaPage.Item item(MediaAsset asset) {
        int width = asset.variantWidths().get(0);
        return new MediaPage.Item(asset.id(), Permalinks.media(asset, width), asset.altText(),
                asset.caption() == null ? "" : asset.caption(), asset.credit() == null ? "" : asset.credit(),
                asset.width(), asset.height());
    }
}
