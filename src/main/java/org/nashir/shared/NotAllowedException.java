package org.nashir.shared;

import org.springframework.http.HttpStatus;

/** The signed-in person's role does not allow this action: a 403 with an Arabic explanation. */
public class NotAllowedException extends Problem {

    public NotAllowedException(String key, Object... args) {
        super(HttpStatus.FORBIDDEN, "problem.not-allowed", key, args);
    }
}
