package org.nashir.shared;

/** The signed-in person's role does not allow this action: a 403 with an Arabic explanation. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
