package org.nashir.search;

import org.nashir.shared.Problem;
import org.springframework.http.HttpStatus;

/** The search index cannot answer now (the search cluster is unreachable); pages and the API answer 503. */
public class SearchUnavailableException extends Problem {

    SearchUnavailableException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "problem.search-unavailable", cause, "search.unavailable");
    }

    @Override
    public int retryAfterSeconds() {
        return 30;
    }
}
