package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nashir.article.body.BlockType;
import org.nashir.importer.WordPressImport;
import org.nashir.importer.WordPressImportJobs;
import org.nashir.importer.WordPressReport;
import org.nashir.security.StaffPrincipal;
import org.nashir.shared.Messages;
import org.nashir.shared.NashirProperties;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** Administrators bring a WordPress site in from its export file, and read the report when it is done. */
@Controller
class ImportAdminController {

    private static final Map<String, String> STATUSES = Map.of("publish", Messages.text("story.status.published"),
            "draft", Messages.text("story.status.draft"), "future", Messages.text("story.status.scheduled"),
            "pending", Messages.text("story.status.in-review"), "private", Messages.text("import.wp.status.private"));
    private static final Map<String, String> BLOCKS = Arrays.stream(BlockType.values())
            .collect(Collectors.toMap(BlockType::jsonName, BlockType::label));

    private final WordPressImportJobs jobs;
    private final AdminLayouts layouts;
    private final Path uploads;

    ImportAdminController(WordPressImportJobs jobs, AdminLayouts layouts, NashirProperties properties) {
        this.jobs = jobs;
        this.layouts = layouts;
        this.uploads = properties.dataDir().resolve("imports");
        sweep(uploads);
    }

    /** Uploads left by a server stopped mid-import: no job of this node is running yet, so none of them is wanted. */
    private static void sweep(Path uploads) {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (var left = Files.newDirectoryStream(uploads, "wordpress-*.xml")) {
            for (Path file : left) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(ImportAdminController.class).warn("Could not clear old uploads in {}: {}", uploads, e.toString());
        }
    }

    @GetMapping("/admin/import")
    ModelAndView page(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireAdministrator();
        return page(request, request.getParameter("started") != null ? Messages.text("import.started") : null,
                null, HttpStatus.OK);
    }

    @PostMapping("/admin/import")
    ModelAndView start(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String mediaBaseUrl, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        staff.actor().requireAdministrator();
        if (file == null || file.isEmpty()) {
            return page(request, null, Messages.text("import.file.required"), HttpStatus.BAD_REQUEST);
        }
        String base = mediaBaseUrl.strip();
        if (!base.isEmpty() && !base.matches("https?://\\S+")) {
            return page(request, null, Messages.text("import.media-url.invalid"), HttpStatus.BAD_REQUEST);
        }
        try {
            Files.createDirectories(uploads);
            Path saved = Files.createTempFile(uploads, "wordpress-", ".xml");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(saved); // an upload cut short leaves nothing behind
                throw e;
            }
            String name = file.getOriginalFilename() == null ? "export.xml" : file.getOriginalFilename();
            if (!jobs.start(staff.actor(), saved, name, new WordPressImport.MediaSource(null, base.isEmpty() ? null : base))) {
                return page(request, null, Messages.text("import.busy"), HttpStatus.CONFLICT);
            }
        } catch (IOException e) {
            return page(request, null, Messages.text("import.upload.failed"), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/import?started");
    }

    private ModelAndView page(HttpServletRequest request, String notice, String error, HttpStatus status) {
        WordPressImportJobs.State state = jobs.state();
        WordPressReport report = state.report();
        ModelAndView view = new ModelAndView("admin/import");
        view.addObject("page", new ImportAdminPage(layouts.layout(request, Messages.text("import.title"), notice), error, state,
                report == null ? List.of() : rows(report.statuses(), STATUSES),
                report == null ? List.of() : rows(report.conversions(), BLOCKS),
                report == null ? List.of() : rows(report.skipped(), Map.of())));
        view.setStatus(status);
        return view;
    }

    private static List<ImportAdminPage.Row> rows(Map<String, Long> counts, Map<String, String> names) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new ImportAdminPage.Row(names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
    }
}
