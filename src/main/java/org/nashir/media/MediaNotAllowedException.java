package org.nashir.media;

/** The signed-in person's role may not change the media library: a 403 with an Arabic explanation. */
public class MediaNotAllowedException extends RuntimeException {

    public MediaNotAllowedException(String message) {
        super(message);
    }
}
