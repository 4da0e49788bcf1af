package org.nashir.media;

import org.nashir.shared.InvalidInputException;

/** A file over the upload limit: the form shows it next to the file field, the API answers 413. */
public class UploadTooLargeException extends InvalidInputException {

    public UploadTooLargeException(String message) {
        super("file", message);
    }
}
