package org.nashir.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** Input a person can correct: a 400, with the message shown next to the named field. */
public class InvalidInputException extends Problem {

    private final String field;

    public InvalidInputException(String field, String key, Object... args) {
        this(HttpStatus.BAD_REQUEST, "problem.invalid", field, key, args);
    }

    /** For a kind of invalid input answered with another status (a file over the size limit). */
    protected InvalidInputException(HttpStatus status, String titleKey, String field, String key, Object... args) {
        super(status, titleKey, key, args);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The same refusal shown beside another field (a picture refused as a story's lead image). */
    public InvalidInputException onField(String other) {
        return new InvalidInputException(other, key(), args());
    }

    @Override
    public Map<String, Object> properties() {
        return field == null ? Map.of() : Map.of("field", field);
    }
}
