package org.nashir.shared;

import org.springframework.http.HttpStatus;

/** Something a reader asked for does not exist (or is not public): always a 404, never a 500. */
public class NotFoundException extends Problem {

    private final String what;

    /** @param what what was looked for, for the log; people are told only that it is not there */
    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, "problem.not-found", "problem.not-found.detail");
        this.what = what;
    }

    @Override
    public String getMessage() {
        return what;
    }
}
