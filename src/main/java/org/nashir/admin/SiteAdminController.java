package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nashir.security.Role;
import org.nashir.security.StaffAccounts;
import org.nashir.security.StaffPrincipal;
import org.nashir.settings.SiteSettings;
import org.nashir.settings.SiteSettingsService;
import org.nashir.settings.SocialLink;
import org.nashir.settings.SocialNetwork;
import org.nashir.shared.Digits;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.nashir.shared.MonthStyle;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Staff accounts and site settings: the administrator's. */
@Controller
class SiteAdminController {

    private final StaffAccounts accounts;
    private final SiteSettingsService settings;
    // absent when the application runs a command without a web server
    private final AdminLayouts layouts;

    SiteAdminController(StaffAccounts accounts, SiteSettingsService settings, AdminLayouts layouts) {
        this.accounts = accounts;
        this.settings = settings;
        this.layouts = layouts;
    }

    @GetMapping("/admin/users")
    ModelAndView users(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        return usersPage(staff, request, null, HttpStatus.OK);
    }

    @PostMapping("/admin/users")
    ModelAndView createUser(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "REPORTER") String role,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        try {
            accounts.create(staff.actor(), username, displayName, password, role(role));
        } catch (InvalidInputException e) {
            return usersPage(staff, request, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/users?saved");
    }

    @PostMapping("/admin/users/{id:\\d{1,18}}")
    ModelAndView changeUser(@PathVariable long id, @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "role") String action, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        try {
            switch (action) {
                case "disable" -> accounts.setEnabled(staff.actor(), id, false);
                case "enable" -> accounts.setEnabled(staff.actor(), id, true);
                default -> accounts.changeRole(staff.actor(), id, role(role));
            }
        } catch (InvalidInputException e) {
            return usersPage(staff, request, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/users?saved");
    }

    @GetMapping("/admin/settings")
    ModelAndView settingsForm(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireAdministrator();
        SiteSettings site = settings.current();
        String notice = request.getParameter("saved") != null ? Messages.text("settings.saved") : null;
        return settingsPage(request, notice, site.name(), site.tagline(), site.logoPath(), site.timeZone().getId(),
                site.copyrightHolder(), site.monthStyle().name(), site.digits().name(), site.showHijri(),
                String.join("\n", site.socialLinks().stream().map(l -> l.network().name() + " " + l.url()).toList()),
                null, HttpStatus.OK);
    }

    @PostMapping("/admin/settings")
    ModelAndView saveSettings(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String tagline,
            @RequestParam(defaultValue = "") String logoPath, @RequestParam(defaultValue = "") String timeZone,
            @RequestParam(defaultValue = "") String copyrightHolder, @RequestParam(defaultValue = "") String monthStyle,
            @RequestParam(defaultValue = "") String digits, @RequestParam(required = false) String hijri,
            @RequestParam(defaultValue = "") String social, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        staff.actor().requireAdministrator();
        try {
            ZoneId zone = zone(timeZone);
            MonthStyle months = choice(MonthStyle.class, monthStyle, "monthStyle");
            Digits digitStyle = choice(Digits.class, digits, "digits");
            List<SocialLink> links = links(social);
            require(name, 200, "name", "settings.name.required");
            require(copyrightHolder, 300, "copyrightHolder", "settings.copyright.required");
            if (!logoPath.startsWith("/") || logoPath.startsWith("//") || logoPath.length() > 500) {
                throw new InvalidInputException("logoPath", "settings.logo.invalid");
            }
            settings.update(staff.actor(), site -> {
                site.identify(name.strip(), tagline.isBlank() ? null : tagline.strip(), logoPath.strip(), zone, copyrightHolder.strip());
                site.changePresentation(months, digitStyle, hijri != null);
                site.replaceSocialLinks(links);
            });
        } catch (InvalidInputException e) {
            return settingsPage(request, null, name, tagline, logoPath, timeZone, copyrightHolder, monthStyle, digits,
                    hijri != null, social, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/settings?saved");
    }

    @PostMapping("/admin/settings/distribution")
    ModelAndView saveDistribution(@RequestParam(defaultValue = "") String baseUrl,
            @RequestParam(required = false) String fullText, @RequestParam(defaultValue = "") String contentKey,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireAdministrator();
        String address = baseUrl.strip();
        String key = contentKey.strip();
        if (!address.isEmpty() && !address.matches("https?://[^/?#\\s]+/?")) {
            return settings(request, Messages.text("settings.base-url.invalid"), HttpStatus.BAD_REQUEST);
        }
        if (!key.isEmpty() && !key.matches("[A-Za-z0-9_-]{16,100}")) {
            return settings(request, Messages.text("settings.content-key.invalid"), HttpStatus.BAD_REQUEST);
        }
        settings.update(staff.actor(), site -> site.changeDistribution(address, fullText != null, key));
        return new ModelAndView("redirect:/admin/settings?saved");
    }

    @PostMapping("/admin/settings/editing")
    ModelAndView saveEditing(@RequestParam(required = false) String arabicQuotes, @AuthenticationPrincipal StaffPrincipal staff) {
        staff.actor().requireAdministrator();
        settings.update(staff.actor(), site -> site.changeEditing(arabicQuotes != null));
        return new ModelAndView("redirect:/admin/settings?saved");
    }

    private ModelAndView settings(HttpServletRequest request, String error, HttpStatus status) {
        var site = settings.current();
        return settingsPage(request, null, site.name(), site.tagline(), site.logoPath(), site.timeZone().getId(),
                site.copyrightHolder(), site.monthStyle().name(), site.digits().name(), site.showHijri(),
                String.join("\n", site.socialLinks().stream().map(l -> l.network().name() + " " + l.url()).toList()),
                error, status);
    }

    private ModelAndView usersPage(StaffPrincipal staff, HttpServletRequest request, String error, HttpStatus status) {
        String notice = request.getParameter("saved") != null ? Messages.text("admin.saved") : null;
        List<ListPage.Row> rows = accounts.all(staff.actor()).stream().map(u -> new ListPage.Row(u.id(), u.displayName(), u.username(),
                u.role().name(), u.enabled(), null)).toList();
        // least privilege first, so that a new account is a contributor unless someone chooses more
        List<Choice> roles = Arrays.stream(Role.values()).sorted(java.util.Comparator.reverseOrder())
                .map(r -> new Choice(r.name(), r.arabicName())).toList();
        String title = Messages.text("admin.nav.users");
        ModelAndView view = new ModelAndView("admin/users", "page",
                new ListPage(layouts.layout(request, title, notice), "users", title, rows, List.of(), roles, List.of(), error));
        view.setStatus(status);
        return view;
    }

    private ModelAndView settingsPage(HttpServletRequest request, String notice, String name, String tagline, String logoPath,
            String timeZone, String holder, String monthStyle, String digits, boolean hijri, String social, String error,
            HttpStatus status) {
        List<Choice> months = Arrays.stream(MonthStyle.values()).map(m -> new Choice(m.name(),
                new org.nashir.shared.ArabicDates(ZoneId.of("UTC"), m, Digits.WESTERN)
                        .date(java.time.Instant.parse("2024-08-19T12:00:00Z")))).toList();
        List<Choice> digitChoices = List.of(new Choice(Digits.WESTERN.name(), Messages.text("settings.digits.western")),
                new Choice(Digits.ARABIC_INDIC.name(), Messages.text("settings.digits.arabic-indic")));
        AdminLayout layout = layouts.layout(request, Messages.text("settings.title"), notice);
        ModelAndView view = new ModelAndView("admin/settings", "page", new SettingsPage(layout,
                name, tagline == null ? "" : tagline, logoPath, timeZone, holder, monthStyle, digits, hijri, social, months,
                digitChoices, error, distribution(), settings.current().arabicQuotes()));
        view.setStatus(status);
        return view;
    }

    private SettingsPage.Distribution distribution() {
        var site = settings.current();
        return new SettingsPage.Distribution(site.baseUrl() == null ? "" : site.baseUrl(), site.feedFullText(),
                site.contentApiKey() == null ? "" : site.contentApiKey());
    }

    private static Role role(String name) {
        return choice(Role.class, name, "role");
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "settings.choice.invalid");
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "settings.time-zone.invalid");
        }
    }

    private static void require(String value, int max, String field, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidInputException(field, key);
        }
    }

    /** One link a line: the network's name, a space, then an https address. */
    private static List<SocialLink> links(String text) {
        List<SocialLink> links = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length != 2 || !parts[1].startsWith("https://") || parts[1].length() > 1000 || parts[1].matches(".*[\\s<>\"].*")) {
                throw new InvalidInputException("social", "settings.social.invalid");
            }
            links.add(new SocialLink(choice(SocialNetwork.class, parts[0], "social"), parts[1]));
        }
        return links;
    }
}
