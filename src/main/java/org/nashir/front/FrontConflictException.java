package org.nashir.front;

import org.nashir.shared.Problem;
import org.springframework.http.HttpStatus;

/** Somebody else saved this front since the editor opened it: nothing is written, the editor sees theirs first. */
public class FrontConflictException extends Problem {

    public FrontConflictException() {
        super(HttpStatus.CONFLICT, "problem.stale", "front.stale");
    }
}
