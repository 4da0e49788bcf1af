package org.nashir.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal the domain raises, the same for every audience: the HTTP status that answers it, a short Arabic title,
 * what the person or program is told, and anything a program needs besides (the field at fault, the version to
 * read again). The delivery features only render it: problem details (RFC 9457) for the API, a page for readers
 * and the newsroom.
 */
public abstract class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    /**
     * @param status  the HTTP status that answers it
     * @param title   the problem's title and the page's heading
     * @param message what the person or program is told, unless {@link #detail()} says otherwise
     */
    protected Problem(HttpStatus status, String title, String message) {
        this(status, title, message, null);
    }

    protected Problem(HttpStatus status, String title, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What the person or program is told; the message, unless it is only for the log. */
    public String detail() {
        return getMessage();
    }

    /** Members a program reads besides the title and detail, in the order they are written. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Seconds to wait before trying again, for a problem that passes by itself; 0 for none. */
    public int retryAfterSeconds() {
        return 0;
    }

    /** As problem details (RFC 9457), for programs. */
    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(), detail());
        problem.setTitle(title());
        properties().forEach(problem::setProperty);
        return problem;
    }
}
