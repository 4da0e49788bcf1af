package org.nashir.api;

import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.Messages;
import org.nashir.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** API errors as problem details (RFC 9457) in Arabic, never the reader pages' HTML and never a stack trace. */
@RestControllerAdvice(basePackages = "org.nashir.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final SiteSettingsService settings;

    ApiProblems(SiteSettingsService settings) {
        this.settings = settings;
    }

    /** Every refusal of the domain, and the API's own: status, title, detail and members as the problem says. */
    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> refused(Problem e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.retryAfterSeconds() > 0) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.body(e.toProblemDetail(settings.current().dates()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> requestTooLarge(MaxUploadSizeExceededException e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "problem.too-large", "api.too-large"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid", "api.parameter.invalid", e.getName());
        problem.setProperty("field", e.getName());
        return respond(problem);
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("Database unavailable for an API request: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", "api.database.unavailable"));
    }

    /** Spring's own refusals (unreadable JSON, a missing parameter, a wrong method or media type) keep their status. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            return respond(problem(refusal.getStatusCode(), "problem.invalid", clientMessage(refusal.getStatusCode())));
        }
        if (e instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            log.debug("Unreadable API request body: {}", e.getMessage());
            return respond(problem(HttpStatus.BAD_REQUEST, "problem.invalid", "api.json.unreadable"));
        }
        log.error("Unexpected API error", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.server", "api.unexpected"));
    }

    private static String clientMessage(HttpStatusCode status) {
        return switch (status.value()) {
            case 405 -> "api.method";
            case 415 -> "api.media-type";
            case 406 -> "api.not-acceptable";
            default -> "api.request.invalid";
        };
    }

    /** A refusal of the web layer's own, in the shape of the domain's: title and detail from the messages, the key as code. */
    static ProblemDetail problem(HttpStatusCode status, String titleKey, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Messages.text(key, args));
        problem.setTitle(Messages.text(titleKey));
        problem.setProperty("code", key);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
