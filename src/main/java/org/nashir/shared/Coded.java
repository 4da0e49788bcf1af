package org.nashir.shared;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An enum constant with a stable code that leaves the system (API scopes, webhook events) and Arabic words for people. */
public interface Coded {

    String code();

    String arabicName();

    /** The constant with this code, or an {@link InvalidInputException} naming {@code field}. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new InvalidInputException(field, "value.unknown", code);
    }

    /** The constants a form's checkboxes name; none ticked gives an empty set. */
    static <E extends Enum<E> & Coded> Set<E> fromCodes(Class<E> type, List<String> codes, String field) {
        Set<E> set = EnumSet.noneOf(type);
        if (codes != null) {
            codes.forEach(code -> set.add(fromCode(type, code, field)));
        }
        return set;
    }

    /** A comma-separated column of codes, read back; the column is written by our own code only. */
    static <E extends Enum<E> & Coded> Set<E> fromColumn(Class<E> type, String column) {
        return fromCodes(type, List.of(column.split(",")).stream().filter(c -> !c.isBlank()).toList(), "column");
    }

    static String toColumn(Set<? extends Coded> constants) {
        return constants.stream().map(Coded::code).sorted().reduce((a, b) -> a + "," + b).orElse("");
    }
}
