package org.nashir.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import org.nashir.article.PublishedStories;
import org.nashir.shared.InvalidInputException;

/** Checks shared by the API endpoints: known parameters only, limits, cursors, times, the content key. */
final class ApiRequests {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private ApiRequests() {
    }

    /** A misspelt filter must not silently return everything. */
    static void allowOnly(HttpServletRequest request, Set<String> known) {
        Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
        unknown.removeAll(known);
        unknown.remove("key");
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.iterator().next(),
                    "api.parameter.unknown", String.join("، ", unknown), String.join("، ", new TreeSet<>(known)));
        }
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "api.limit", MAX_LIMIT);
        }
        return limit;
    }

    static Instant time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "api.time.format");
        }
    }

    /** An opaque cursor: where the last page ended, base64url-encoded. */
    static String cursor(Instant publishedAt, long id) {
        String raw = publishedAt.getEpochSecond() + "." + publishedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PublishedStories.After after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            int dot = raw.indexOf('.');
            if (colon < 0 || dot < 0 || dot > colon) {
                throw new IllegalArgumentException(raw);
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(raw.substring(0, dot)), Long.parseLong(raw.substring(dot + 1, colon)));
            return new PublishedStories.After(at, Long.parseLong(raw.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "api.cursor.invalid");
        }
    }

    /** An id cursor for the lists ordered by id. */
    static long afterId(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            long id = Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8));
            if (id < 0) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "api.cursor.invalid");
        }
    }

    static String idCursor(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(id).getBytes(StandardCharsets.UTF_8));
    }

    /** Compares in constant time, so the key cannot be guessed a letter at a time from response times. */
    static boolean sameSecret(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
