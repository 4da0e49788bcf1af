package org.nashir.article;

import org.nashir.shared.Problem;
import org.springframework.http.HttpStatus;

/** A status change the story's current state does not allow; the message is for the editor. */
public class WorkflowException extends Problem {

    public WorkflowException(String key, Object... args) {
        super(HttpStatus.CONFLICT, "problem.workflow", key, args);
    }
}
