package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.nashir.shared.LogText;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Back-office errors as Arabic back-office pages, with the status, title and words of the domain's refusal. */
@ControllerAdvice(basePackageClasses = AdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors {

    private static final Logger log = LoggerFactory.getLogger(AdminErrors.class);

    private final AdminLayouts layouts;
    private final SiteSettingsService settings;

    AdminErrors(AdminLayouts layouts, SiteSettingsService settings) {
        this.layouts = layouts;
        this.settings = settings;
    }

    /** A refusal of the domain not answered on its own form: a 403 for a role that may not act, a 404, a 409… */
    @ExceptionHandler(Problem.class)
    ModelAndView refused(Problem e, HttpServletRequest request) {
        log.debug("Refused {} {}: {}", request.getMethod(), LogText.of(request.getRequestURI()), LogText.of(e.getMessage()));
        return page(request, e.status(), e.title(), e.detail(settings.current().dates()));
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String heading, String message) {
        ModelAndView view = new ModelAndView("admin/message", "page", new AdminMessagePage(
                layouts.layout(request, heading, null), status.value(), heading, message, null, null, null, null));
        view.setStatus(status);
        return view;
    }
}
