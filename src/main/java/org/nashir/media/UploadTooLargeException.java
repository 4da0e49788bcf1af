package org.nashir.media;

import java.util.Map;
import org.nashir.shared.InvalidInputException;
import org.springframework.http.HttpStatus;

/** A file over the upload limit: the form shows it next to the file field, the API answers 413. */
public class UploadTooLargeException extends InvalidInputException {

    public UploadTooLargeException(long limitMegabytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "problem.too-large", "file", "media.too-large", limitMegabytes);
    }

    /** The form shows it beside the file field; a program needs only the status. */
    @Override
    public Map<String, Object> properties() {
        return Map.of();
    }
}
