package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.nashir.security.FirstRunSetup;
import org.nashir.security.StaffAccounts;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Sign-in, first-run setup of the administrator, and the Arabic "not allowed" page. */
@Controller
class AdminAccessController {

    private final AdminLayouts layouts;
    private final FirstRunSetup setup;
    private final StaffAccounts accounts;

    AdminAccessController(AdminLayouts layouts, FirstRunSetup setup, StaffAccounts accounts) {
        this.layouts = layouts;
        this.setup = setup;
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String home() {
        return "redirect:/admin/stories";
    }

    @GetMapping("/admin/login")
    ModelAndView login(HttpServletRequest request) {
        String error = null;
        if (request.getParameter("error") != null) {
            error = Messages.text("signin.failed");
        } else if (request.getParameter("throttled") != null) {
            error = Messages.text("signin.locked");
        }
        String notice = request.getParameter("signedOut") != null ? Messages.text("signin.signed-out")
                : request.getParameter("expired") != null ? Messages.text("signin.expired") : null;
        if (!accounts.anyExists()) {
            notice = Messages.text("signin.no-accounts");
        }
        return page("admin/login", request, Messages.text("signin.title"), HttpStatus.OK, null, error, notice, null);
    }

    @GetMapping("/admin/setup/{token}")
    ModelAndView setupForm(@PathVariable String token, HttpServletRequest request) {
        if (!setup.accepts(token)) {
            return expired(request);
        }
        return page("admin/setup", request, Messages.text("setup.title"), HttpStatus.OK, null, null, null, token);
    }

    @PostMapping("/admin/setup/{token}")
    ModelAndView setup(@PathVariable String token, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request) {
        if (!setup.accepts(token)) {
            return expired(request);
        }
        try {
            setup.complete(token, username, displayName, password);
        } catch (InvalidInputException e) {
            // everything that is wrong at once, and what was typed kept (all but the password)
            return page("admin/setup", request, Messages.text("setup.title"), HttpStatus.BAD_REQUEST, null, e.getMessage(), null,
                    token, username, displayName);
        }
        return new ModelAndView("redirect:/admin/login?created");
    }

    @RequestMapping("/admin/denied")
    ModelAndView denied(HttpServletRequest request) {
        return page("admin/message", request, Messages.text("problem.not-allowed"), HttpStatus.FORBIDDEN,
                Messages.text("signin.denied"),
                null, null, null);
    }

    private ModelAndView expired(HttpServletRequest request) {
        return page("admin/message", request, Messages.text("setup.link.invalid"), HttpStatus.NOT_FOUND,
                Messages.text("setup.link.invalid.detail"),
                null, null, null);
    }

    private ModelAndView page(String view, HttpServletRequest request, String title, HttpStatus status, String message,
            String error, String notice, String token) {
        return page(view, request, title, status, message, error, notice, token, null, null);
    }

    private ModelAndView page(String view, HttpServletRequest request, String title, HttpStatus status, String message,
            String error, String notice, String token, String username, String displayName) {
        ModelAndView mav = new ModelAndView(view);
        mav.addObject("page", new AdminMessagePage(layouts.layout(request, title, notice), status.value(), title, message,
                error, token, username, displayName));
        mav.setStatus(status);
        return mav;
    }
}
