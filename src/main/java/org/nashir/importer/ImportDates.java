package org.nashir.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.nashir.shared.Messages;

/** The dates archives carry: ISO-8601 (with or without offset or time), RFC 822 as in RSS, and dd/mm/yyyy. */
final class ImportDates {

    /** ISO-8601's basic time, as some exports write it: 2017-01-22T171800. */
    private static final DateTimeFormatter BASIC_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT);

    private ImportDates() {
    }

    /** A time without a zone is taken in the site's zone. */
    static Instant parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset; the next forms are tried in turn
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // no ISO local date-time either
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // no ISO date
        }
        try {
            return LocalDateTime.parse(value, BASIC_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // not the basic form
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // no RFC 822
        }
        try {
            return LocalDate.parse(value, DAY_MONTH_YEAR).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.text("import.date.invalid", value));
        }
    }
}
