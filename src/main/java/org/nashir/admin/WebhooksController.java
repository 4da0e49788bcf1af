package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.nashir.security.StaffPrincipal;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.Coded;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.nashir.webhook.Webhook;
import org.nashir.webhook.WebhookEvent;
import org.nashir.webhook.Webhooks;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The administrator's webhooks: register a URL for story events, see each hook's secret and delivery log. */
@Controller
class WebhooksController {

    private final Webhooks webhooks;
    private final SiteSettingsService settings;
    private final AdminLayouts layouts;

    WebhooksController(Webhooks webhooks, SiteSettingsService settings, AdminLayouts layouts) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.layouts = layouts;
    }

    @GetMapping("/admin/webhooks")
    ModelAndView list(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireAdministrator();
        String notice = request.getParameter("removed") != null ? Messages.text("webhook.removed") : null;
        return listPage(request, notice, null, HttpStatus.OK);
    }

    @PostMapping("/admin/webhooks")
    ModelAndView register(@RequestParam(defaultValue = "") String url,
            @RequestParam(name = "event", required = false) List<String> events,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        try {
            Webhook hook = webhooks.register(staff.actor(), url, Coded.fromCodes(WebhookEvent.class, events, "event"));
            return new ModelAndView("redirect:/admin/webhooks/" + hook.id() + "?created");
        } catch (InvalidInputException e) {
            staff.actor().requireAdministrator();
            return listPage(request, null, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/admin/webhooks/{id}")
    ModelAndView hook(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireAdministrator();
        ArabicDates dates = settings.current().dates();
        Webhook hook = webhooks.find(id);
        List<WebhooksPage.Delivery> log = webhooks.log(id).stream().map(d -> new WebhooksPage.Delivery(d.event(),
                d.articleId(), d.status().arabicName(), d.attempts(), d.lastStatus() == null ? null : d.lastStatus().toString(),
                d.lastError(), dates.dateTime(d.createdAt()), time(dates, d.nextAttemptAt()))).toList();
        String notice = request.getParameter("created") != null
                ? Messages.text("webhook.created") : null;
        ModelAndView view = new ModelAndView("admin/webhook", "page", new WebhooksPage(
                layouts.layout(request, Messages.text("webhook.title"), notice), null, List.of(), List.of(), view(hook, dates, true), log));
        return view;
    }

    @PostMapping("/admin/webhooks/{id}")
    String change(@PathVariable long id, @RequestParam(defaultValue = "") String action,
            @AuthenticationPrincipal StaffPrincipal staff) {
        switch (action) {
            case "disable" -> webhooks.activate(staff.actor(), id, false);
            case "enable" -> webhooks.activate(staff.actor(), id, true);
            case "remove" -> {
                webhooks.remove(staff.actor(), id);
                return "redirect:/admin/webhooks?removed";
            }
            default -> throw new InvalidInputException("action", "admin.action.unknown");
        }
        return "redirect:/admin/webhooks/" + id;
    }

    private ModelAndView listPage(HttpServletRequest request, String notice, String error, HttpStatus status) {
        ArabicDates dates = settings.current().dates();
        List<Choice> events = Arrays.stream(WebhookEvent.values())
                .map(e -> new Choice(e.code(), e.arabicName() + " (" + e.code() + ")")).toList();
        ModelAndView view = new ModelAndView("admin/webhooks", "page", new WebhooksPage(layouts.layout(request,
                Messages.text("admin.nav.webhooks"), notice), error, webhooks.all().stream().map(h -> view(h, dates, false)).toList(), events,
                null, List.of()));
        view.setStatus(status);
        return view;
    }

    private static WebhooksPage.Hook view(Webhook hook, ArabicDates dates, boolean withSecret) {
        return new WebhooksPage.Hook(hook.id(), hook.url(),
                hook.events().stream().map(WebhookEvent::code).collect(Collectors.joining("، ")), hook.active(),
                dates.dateTime(hook.createdAt()), withSecret ? hook.secret() : null);
    }

    private static String time(ArabicDates dates, Instant instant) {
        return instant == null ? null : dates.dateTime(instant);
    }
}
