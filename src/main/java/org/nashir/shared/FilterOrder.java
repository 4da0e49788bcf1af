package org.nashir.shared;

import org.springframework.core.Ordered;

/**
 * Where each of our servlet filters runs, all in one place because each place depends on the others.
 * All of them run before Spring Security's chain, so none of them needs or makes a session.
 */
public final class FilterOrder {

    /** First, so that every answer carries the headers: kept pages, refusals and errors too. */
    public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE;
    /** A kept page costs nothing to serve, so it is served before any limit or queue applies. */
    public static final int PAGE_CACHE = SECURITY_HEADERS + 1;
    /** Per-client limits, before a request can wait in load shedding's queue. */
    public static final int REQUEST_LIMITS = PAGE_CACHE + 1;
    /** Bodies are read inside Spring Security's chain (security.RequestBodies), once the account is known. */
    public static final int LOAD_SHEDDING = REQUEST_LIMITS + 1;
    /** ETags of rendered answers: after everything that may refuse a request, before Spring Security. */
    public static final int CONDITIONAL_REQUESTS = Ordered.HIGHEST_PRECEDENCE + 100;

    private FilterOrder() {
    }
}
