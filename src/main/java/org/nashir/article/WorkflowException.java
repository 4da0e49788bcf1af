package org.nashir.article;

/** A status change the story's current state does not allow; the message is for the editor. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
