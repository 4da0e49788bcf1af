package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.nashir.security.ApiScope;
import org.nashir.security.ApiTokens;
import org.nashir.security.StaffAccounts;
import org.nashir.security.StaffPrincipal;
import org.nashir.security.StaffSessions;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.Coded;
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

/** The signed-in person's own account: changing the password, and the API tokens of their tools. */
@Controller
class AccountController {

    private final StaffAccounts accounts;
    private final ApiTokens tokens;
    private final SiteSettingsService settings;
    private final AdminLayouts layouts;

    AccountController(StaffAccounts accounts, ApiTokens tokens, SiteSettingsService settings, AdminLayouts layouts) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.settings = settings;
        this.layouts = layouts;
    }

    @GetMapping("/admin/account")
    ModelAndView account(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        String notice = request.getParameter("changed") != null ? Messages.text("account.password.changed")
                : request.getParameter("revoked") != null ? Messages.text("token.revoked") : null;
        return page(staff, request, notice, null, null, HttpStatus.OK);
    }

    @PostMapping("/admin/account/password")
    ModelAndView changePassword(@RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String replacement, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            StaffSessions.carryOn(staff, accounts.changePassword(staff.id(), current, replacement), request, response);
        } catch (InvalidInputException e) {
            return page(staff, request, null, e.getMessage(), null, HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/account?changed");
    }

    /** The token is shown in this response only, never in a URL and never again. */
    @PostMapping("/admin/account/tokens")
    ModelAndView issueToken(@RequestParam(defaultValue = "") String name,
            @RequestParam(name = "scope", required = false) List<String> scopes,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        try {
            ApiTokens.Issued issued = tokens.issue(staff.id(), name, Coded.fromCodes(ApiScope.class, scopes, "scope"));
            return page(staff, request, Messages.text("token.issued"), null, issued.token(), HttpStatus.OK);
        } catch (InvalidInputException e) {
            return page(staff, request, null, e.getMessage(), null, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/admin/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
        tokens.revoke(staff.actor(), id);
        return "redirect:/admin/account?revoked";
    }

    private ModelAndView page(StaffPrincipal staff, HttpServletRequest request, String notice, String error, String issued,
            HttpStatus status) {
        ArabicDates dates = settings.current().dates();
        List<AccountPage.TokenLine> lines = tokens.of(staff.id()).stream().map(t -> new AccountPage.TokenLine(t.id(),
                t.name(), t.prefix() + "…", t.scopes().stream().map(ApiScope::code).collect(Collectors.joining("، ")),
                dates.dateTime(t.createdAt()), time(dates, t.lastUsedAt()), time(dates, t.revokedAt()))).toList();
        List<Choice> scopes = Arrays.stream(ApiScope.values())
                .map(s -> new Choice(s.code(), s.code() + " — " + s.arabicName())).toList();
        ModelAndView view = new ModelAndView("admin/account", "page",
                new AccountPage(layouts.layout(request, Messages.text("admin.nav.account"), notice), error, lines, scopes, issued));
        view.setStatus(status);
        return view;
    }

    private static String time(ArabicDates dates, Instant instant) {
        return instant == null ? null : dates.dateTime(instant);
    }
}
