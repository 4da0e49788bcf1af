package org.nashir.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.nashir.redirect.LegacyUrls;
import org.nashir.shared.LogText;
import org.nashir.shared.Messages;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.Problem;
import org.nashir.shared.StaffPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a reader can meet, as an Arabic page with the right status. Nothing internal (stack
 * trace, class name, SQL) ever reaches the response. Also serves /error for what the container
 * itself refuses before any controller runs.
 */
@ControllerAdvice
@org.springframework.stereotype.Controller
class SiteErrors implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);
    private static final String DATABASE_RETRY_AFTER_SECONDS = "10";

    private final SiteLayouts layouts;
    private final LegacyUrls legacyUrls;

    SiteErrors(SiteLayouts layouts, LegacyUrls legacyUrls) {
        this.layouts = layouts;
        this.legacyUrls = legacyUrls;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, MethodArgumentTypeMismatchException.class})
    Object notFound(Exception e, HttpServletRequest request) {
        log.debug("Not found: {}", e.getMessage());
        Optional<String> moved = formerAddress(request);
        if (moved.isPresent()) {
            return SiteRedirects.permanent(moved.get());
        }
        return respond(HttpStatus.NOT_FOUND, request);
    }

    /**
     * A reader's page that is not here may be an address of the site this one replaced (a WordPress import), or one
     * of ours written with a trailing slash ({@code /world/}): that is the address without it. One that would then
     * begin with two slashes would name another site, and stays a 404.
     */
    private Optional<String> formerAddress(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (isApi(path) || StaffPaths.matches(request)) {
            return Optional.empty();
        }
        Optional<String> moved = legacyUrls.movedTo(request, path);
        if (moved.isPresent() || !path.endsWith("/") || !isReading(request)) {
            return moved;
        }
        String bare = path.replaceAll("/+$", "");
        if (bare.isEmpty() || bare.startsWith("//")) {
            return Optional.empty();
        }
        return Optional.of(request.getQueryString() == null ? bare : bare + "?" + request.getQueryString());
    }

    private static boolean isReading(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /**
     * A refusal of the domain (a preview of somebody else's unpublished story, the search cluster down): its
     * status, and its words on the page, or as problem details on an API path.
     */
    @ExceptionHandler(Problem.class)
    Object refused(Problem e, HttpServletRequest request, HttpServletResponse response) {
        if (e.retryAfterSeconds() > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return isApi(request.getRequestURI())
                ? ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(e.toProblemDetail(layouts.settings().dates()))
                : page(e.status(), new String[] {e.title(), e.detail(layouts.settings().dates())});
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** The database is unreachable (restarting, failing over): a short wait and a retry will do. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    Object databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), LogText.of(request.getRequestURI()), e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS);
        return respond(HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for by name rather than forwarded by the container, /error is a page like any other that is not there
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND
                : code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path instanceof String uri && isApi(uri) ? problem(status) : page(status);
    }

    /**
     * Errors met before any API controller is chosen (an unknown API path, a request body over the
     * multipart limit) still answer machines in their language: problem details, not a page.
     */
    private Object respond(HttpStatus status, HttpServletRequest request) {
        return isApi(request.getRequestURI()) ? problem(status) : page(status);
    }

    private static boolean isApi(String uri) {
        return uri.startsWith("/api/");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status) {
        String[] words = words(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, words[1]);
        problem.setTitle(words[0]);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ModelAndView page(HttpStatus status) {
        return page(status, words(status));
    }

    private ModelAndView page(HttpStatus status, String[] words) {
        Layout layout;
        try {
            layout = layouts.layout(layouts.settings(), words[0], null, null, null);
        } catch (RuntimeException e) {
            log.warn("Could not build the layout of an error page: {}", e.toString());
            layout = SiteLayouts.minimal(words[0]);
        }
        ModelAndView view = new ModelAndView("error/page");
        view.addObject("page", new ErrorPage(layout, status.value(), words[0], words[1]));
        view.setStatus(status);
        return view;
    }

    private static String[] words(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> words("error.not-found", "error.not-found.detail");
            case BAD_REQUEST -> words("error.bad-request", "error.bad-request.detail");
            case METHOD_NOT_ALLOWED -> words("error.method", "error.method.detail");
            case FORBIDDEN -> words("error.forbidden", "error.forbidden.detail");
            case SERVICE_UNAVAILABLE -> words("error.unavailable", "error.unavailable.detail");
            case CONTENT_TOO_LARGE -> words("error.too-large", "error.too-large.detail");
            default -> status.is4xxClientError() ? words("error.client", "error.client.detail")
                    : words("error.server", "error.server.detail");
        };
    }

    private static String[] words(String titleKey, String detailKey) {
        return new String[] {Messages.text(titleKey), Messages.text(detailKey)};
    }
}
