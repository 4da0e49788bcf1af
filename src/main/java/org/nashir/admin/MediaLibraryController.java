package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongPredicate;
import org.nashir.article.ArticleDesk;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Permalinks;
import org.nashir.article.Stories;
import org.nashir.author.AuthorDesk;
import org.nashir.media.Framing;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaLibrary;
import org.nashir.media.MediaQuery;
import org.nashir.media.MediaStorage;
import org.nashir.security.StaffAccounts;
import org.nashir.security.StaffPrincipal;
import org.nashir.shared.Digits;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.Problem;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * The picture desk: a grid searched and filtered by use, uploader and date; uploads one at a time or dropped by the
 * dozen; an image's words, crop and focal point; its file replaced everywhere it is used; deleted, after being told
 * where it is used.
 */
@Controller
class MediaLibraryController {

    private static final int PAGE_SIZE = 24;
    private static final int LOOKUP_SIZE = 20;

    private final MediaStorage storage;
    private final MediaLibrary media;
    private final Stories articles;
    private final ArticleDesk desk;
    private final AuthorDesk authors;
    private final StaffAccounts staffAccounts;
    private final AdminLayouts layouts;
    private final Clock clock;

    MediaLibraryController(MediaStorage storage, MediaLibrary media, Stories articles, ArticleDesk desk, AuthorDesk authors,
            StaffAccounts staffAccounts, AdminLayouts layouts, Clock clock) {
        this.storage = storage;
        this.media = media;
        this.articles = articles;
        this.desk = desk;
        this.authors = authors;
        this.staffAccounts = staffAccounts;
        this.layouts = layouts;
        this.clock = clock;
    }

    @GetMapping("/admin/media")
    @Transactional(readOnly = true)
    public ModelAndView library(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String used,
            @RequestParam(defaultValue = "") String by, @RequestParam(defaultValue = "") String since,
            @RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        String notice = request.getParameter("uploaded") != null ? Messages.text("media.uploaded")
                : request.getParameter("deleted") != null ? Messages.text("media.deleted") : null;
        return list(filters(q, used, by, since), page, staff, request, notice, null, HttpStatus.OK);
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
            storage.upload(staff.actor(), bytes(file), altText, caption, credit);
        } catch (InvalidInputException e) {
            return list(filters("", "", "", ""), "1", staff, request, null, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/media?uploaded");
    }

    /**
     * The same upload for the desk's script, which sends the files dropped on it one by one and shows each one's
     * progress: the image, or the refusal in Arabic with its status.
     */
    @PostMapping(path = "/admin/media", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ResponseEntity<Map<String, Object>> uploadOne(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String altText, @RequestParam(defaultValue = "") String caption,
            @RequestParam(defaultValue = "") String credit, @AuthenticationPrincipal StaffPrincipal staff) {
        try {
            MediaAsset asset = storage.upload(staff.actor(), bytes(file), altText, caption, credit);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", asset.id(), "thumbnail",
                    Permalinks.media(asset, asset.variantWidths().get(0)), "edit", "/admin/media/" + asset.id()));
        } catch (Problem e) {
            return ResponseEntity.status(e.status()).body(Map.of("error", e.getMessage()));
        }
    }

    @GetMapping("/admin/media/{id:\\d{1,18}}")
    @Transactional(readOnly = true)
    public ModelAndView edit(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        String notice = request.getParameter("saved") != null ? Messages.text("media.saved")
                : request.getParameter("framed") != null ? Messages.text("media.framed")
                : request.getParameter("replaced") != null ? Messages.text("media.replaced") : null;
        return editor(id, staff, request, notice, null, false, HttpStatus.OK);
    }

    @PostMapping("/admin/media/{id:\\d{1,18}}")
    public ModelAndView update(@PathVariable long id, @RequestParam(defaultValue = "") String altText,
            @RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        try {
            storage.describe(staff.actor(), id, altText, caption, credit, inPublishedStory());
        } catch (InvalidInputException e) {
            return editor(id, staff, request, null, e.getMessage(), false, HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/media/" + id + "?saved");
    }

    /** The crop (percent of the whole picture) and the focal point (percent of the crop), as the form sends them. */
    @PostMapping("/admin/media/{id:\\d{1,18}}/frame")
    public ModelAndView frame(@PathVariable long id, @RequestParam(defaultValue = "") String x,
            @RequestParam(defaultValue = "") String y, @RequestParam(defaultValue = "") String width,
            @RequestParam(defaultValue = "") String height, @RequestParam(defaultValue = "") String focusX,
            @RequestParam(defaultValue = "") String focusY, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        try {
            Framing framing = new Framing(percent(x, 0), percent(y, 0), percent(width, 100), percent(height, 100),
                    percent(focusX, 50), percent(focusY, 50));
            storage.reframe(staff.actor(), id, framing, inPublishedStory());
        } catch (InvalidInputException e) {
            return editor(id, staff, request, null, e.getMessage(), false, HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/media/" + id + "?framed");
    }

    @PostMapping("/admin/media/{id:\\d{1,18}}/replace")
    public ModelAndView replace(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        try {
            storage.replace(staff.actor(), id, bytes(file), inPublishedStory());
        } catch (InvalidInputException e) {
            return editor(id, staff, request, null, e.getMessage(), false, HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/media/" + id + "?replaced");
    }

    /**
     * Deletes an image. One that a story or a byline shows is not deleted at the first asking: the page lists where
     * it is used and asks again ({@code confirm}); then it leaves those stories and bylines first, in the same
     * transaction.
     */
    @PostMapping("/admin/media/{id:\\d{1,18}}/delete")
    public ModelAndView delete(@PathVariable long id, @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        if (!"1".equals(confirm) && !uses(id).isEmpty()) {
            return editor(id, staff, request, null, null, true, HttpStatus.CONFLICT);
        }
        storage.delete(staff.actor(), id, inPublishedStory(), () -> {
            desk.dropImage(staff.actor(), id);
            authors.dropPhoto(staff.actor(), id);
        });
        return new ModelAndView("redirect:/admin/media?deleted");
    }

    /** The whole original, not cropped, small enough for the crop tool to draw on. */
    @GetMapping(path = "/admin/media/{id:\\d{1,18}}/whole.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
    @ResponseBody
    public ResponseEntity<byte[]> whole(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(storage.whole(id));
    }

    private LongPredicate inPublishedStory() {
        return image -> articles.usingImage(image).stream().anyMatch(a -> a.status() == ArticleStatus.PUBLISHED);
    }

    private List<MediaPage.Use> uses(long id) {
        List<MediaPage.Use> uses = new ArrayList<>();
        articles.usingImage(id).forEach(a -> uses.add(new MediaPage.Use(a.headline(), "/admin/stories/" + a.id())));
        authors.picturedBy(id).forEach(a -> uses.add(new MediaPage.Use(Messages.text("media.used.byline", a.name()),
                "/admin/authors")));
        return uses;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException("file", "media.upload.interrupted");
        }
    }

    /** A percentage as the form sends it (digits, Arabic-Indic ones too, and a decimal point), as a fraction. */
    private static double percent(String typed, double otherwise) {
        String latin = Digits.western(typed.strip()).replace('٫', '.');
        if (latin.isEmpty()) {
            return otherwise / 100;
        }
        if (!latin.matches("\\d{1,3}(\\.\\d{1,4})?")) {
            throw new InvalidInputException("crop", "media.crop.invalid");
        }
        return Double.parseDouble(latin) / 100;
    }

    private MediaPage.Filters filters(String q, String used, String by, String since) {
        return new MediaPage.Filters(q.length() > 200 ? q.substring(0, 200) : q,
                used.equals("used") || used.equals("unused") ? used : "",
                by.equals("me") || by.matches("\\d{1,18}") ? by : "",
                since.equals("day") || since.equals("week") || since.equals("month") ? since : "");
    }

    private ModelAndView list(MediaPage.Filters filters, String page, StaffPrincipal staff, HttpServletRequest request,
            String notice, String error, HttpStatus status) {
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        Long uploader = filters.by().equals("me") ? Long.valueOf(staff.id())
                : filters.by().isEmpty() ? null : Long.valueOf(filters.by());
        Instant since = switch (filters.since()) {
            case "day" -> clock.instant().minus(Duration.ofDays(1));
            case "week" -> clock.instant().minus(Duration.ofDays(7));
            case "month" -> clock.instant().minus(Duration.ofDays(30));
            default -> null;
        };
        MediaQuery query = new MediaQuery(filters.q(), uploader, since);
        Page<MediaAsset> found = filters.used().isEmpty() ? media.search(query, number - 1, PAGE_SIZE)
                : articles.images(query, filters.used().equals("used"), number - 1, PAGE_SIZE);
        String base = "/admin/media?q=" + URLEncoder.encode(filters.q(), StandardCharsets.UTF_8) + "&used=" + filters.used()
                + "&by=" + filters.by() + "&since=" + filters.since() + "&page=";
        List<Choice> uploaders = media.uploaders().stream().filter(id -> id != staff.id())
                .map(id -> new Choice(String.valueOf(id), name(id))).sorted((a, b) -> a.label().compareTo(b.label()))
                .toList();
        ModelAndView view = new ModelAndView("admin/media/library", "page", new MediaPage(
                layouts.layout(request, Messages.text("admin.nav.media"), notice), filters, uploaders,
                found.getContent().stream().map(MediaLibraryController::item).toList(), media.creditsInUse(30),
                staff.role().canUploadMedia(), null, List.of(), false, error,
                found.hasPrevious() ? base + (number - 1) : null, found.hasNext() ? base + (number + 1) : null));
        view.setStatus(status);
        return view;
    }

    private String name(long userId) {
        try {
            return staffAccounts.find(userId).displayName();
        } catch (NotFoundException gone) {
            return Messages.text("media.uploader.gone", userId);
        }
    }

    private ModelAndView editor(long id, StaffPrincipal staff, HttpServletRequest request, String notice, String error,
            boolean askDelete, HttpStatus status) {
        MediaAsset asset = media.find(id).orElseThrow(() -> new NotFoundException("media " + id));
        ModelAndView view = new ModelAndView("admin/media/edit", "page", new MediaPage(
                layouts.layout(request, Messages.text("media.details.title"), notice), filters("", "", "", ""), List.of(),
                List.of(), media.creditsInUse(30), staff.role().canUploadMedia(), item(asset), uses(id), askDelete, error,
                null, null));
        view.setStatus(status);
        return view;
    }

    private static MediaPage.Item item(MediaAsset asset) {
        int width = asset.variantWidths().get(0);
        Framing framing = asset.framing();
        return new MediaPage.Item(asset.id(), Permalinks.media(asset, width), asset.altText(),
                asset.caption() == null ? "" : asset.caption(), asset.credit() == null ? "" : asset.credit(),
                asset.width(), asset.height(), Permalinks.wideMedia(asset, width),
                new MediaPage.Frame(shown(framing.x()), shown(framing.y()), shown(framing.width()), shown(framing.height()),
                        shown(framing.focusX()), shown(framing.focusY())));
    }

    private static String shown(double fraction) {
        return String.format(Locale.ROOT, "%.1f", fraction * 100).replaceAll("\\.0$", "");
    }
}
