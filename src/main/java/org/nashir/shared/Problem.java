package org.nashir.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal the domain raises, the same for every audience: the HTTP status that answers it, a title and a message
 * from the site's messages ({@link Messages}) by key and arguments, and anything a program needs besides (the field
 * at fault, the version to read again). The delivery features only render it: problem details (RFC 9457) for the
 * API, with the key as {@code code} for programs that act on it, a page for readers and the newsroom.
 */
public abstract class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String titleKey;
    private final String key;
    private final transient Object[] args;

    /**
     * @param status   the HTTP status that answers it
     * @param titleKey the message that is the problem's title and the page's heading
     * @param key      the message the person or program is told, with its arguments
     */
    protected Problem(HttpStatus status, String titleKey, String key, Object... args) {
        this(status, titleKey, null, key, args);
    }

    protected Problem(HttpStatus status, String titleKey, Throwable cause, String key, Object... args) {
        super(Messages.text(key, args), cause);
        this.status = status;
        this.titleKey = titleKey;
        this.key = key;
        this.args = args;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return Messages.text(titleKey);
    }

    /** The message's key: what a program compares, where people read the words. */
    public String key() {
        return key;
    }

    /** The message's arguments, for a refusal passed on under another field. */
    protected Object[] args() {
        return args.clone();
    }

    /** What the person or program is told, a moment in it written as ISO 8601. */
    public String detail() {
        return Messages.text(key, args);
    }

    /** What the person or program is told, a moment in it written by the site's date rules. */
    public String detail(ArabicDates dates) {
        return Messages.text(dates, key, args);
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
    public ProblemDetail toProblemDetail(ArabicDates dates) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(), detail(dates));
        problem.setTitle(title());
        problem.setProperty("code", key);
        properties().forEach(problem::setProperty);
        return problem;
    }
}
