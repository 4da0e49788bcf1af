package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.nashir.security.StaffAccounts;
import org.nashir.security.StaffPrincipal;
import org.nashir.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The signed-in person's own account: changing the password. */
@Controller
class AccountController {

    private final StaffAccounts accounts;
    private final AdminLayouts layouts;

    AccountController(StaffAccounts accounts, AdminLayouts layouts) {
        this.accounts = accounts;
        this.layouts = layouts;
    }

    @GetMapping("/admin/account")
    ModelAndView account(HttpServletRequest request) {
        String notice = request.getParameter("changed") != null ? "غُيّرت كلمة المرور." : null;
        return page(request, notice, null, HttpStatus.OK);
    }

    @PostMapping("/admin/account/password")
    ModelAndView changePassword(@RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String replacement, @AuthenticationPrincipal StaffPrincipal staff,
            HttpServletRequest request) {
        try {
            accounts.changePassword(staff.id(), current, replacement);
        } catch (InvalidInputException e) {
            return page(request, null, e.getMessage(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:/admin/account?changed");
    }

    private ModelAndView page(HttpServletRequest request, String notice, String error, HttpStatus status) {
        ModelAndView view = new ModelAndView("admin/account", "page", new AdminMessagePage(
                layouts.layout(request, "حسابي", notice), status.value(), "حسابي", null, error, null));
        view.setStatus(status);
        return view;
    }
}
