package org.nashir.shared;

/** Something a reader asked for does not exist (or is not public): always a 404, never a 500. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
