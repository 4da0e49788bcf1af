package org.nashir.shared;

/** The digits a site prints. Always pinned explicitly: CLDR's default for Arabic changed between JDK 17 and 25. */
public enum Digits {
    WESTERN("latn"),
    ARABIC_INDIC("arab");

    private final String numberingSystem;

    Digits(String numberingSystem) {
        this.numberingSystem = numberingSystem;
    }

    public String numberingSystem() {
        return numberingSystem;
    }

    public String localize(long number) {
        String western = Long.toString(number);
        if (this == WESTERN) {
            return western;
        }
        StringBuilder out = new StringBuilder(western.length());
        for (char c : western.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }

    /** What was typed with any decimal digits (Arabic-Indic, Persian) written with Western ones, for parsing. */
    public static String western(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        typed.codePoints().forEach(c -> out.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
        return out.toString();
    }
}
