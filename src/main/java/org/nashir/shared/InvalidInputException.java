package org.nashir.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** Input a person can correct: a 400, with the message shown next to the named field. */
public class InvalidInputException extends Problem {

    private final String field;

    public InvalidInputException(String field, String message) {
        this(HttpStatus.BAD_REQUEST, "طلب غير صالح", field, message);
    }

    /** For a kind of invalid input answered with another status (a file over the size limit). */
    protected InvalidInputException(HttpStatus status, String title, String field, String message) {
        super(status, title, message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> properties() {
        return field == null ? Map.of() : Map.of("field", field);
    }
}
