package org.nashir.shared;

/**
 * What every text a person or a file gives the site loses before it is kept: control characters
 * (a NUL, which PostgreSQL refuses outright, a bell, an escape), the bidi embeddings and overrides
 * U+202A–U+202E that would make «خبر‮gpj.exe» read as something else and spill over what follows
 * it on the page, non-characters, and halves of surrogate pairs. Line breaks and tabs stay; the
 * marks Arabic text needs (U+200E/U+200F, U+061C, joiners, isolates) stay.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = unwanted(c) || (Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (drop && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean unwanted(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c < 0xA0)
                || (c >= '\u202A' && c <= '\u202E') || c == '\uFFFE' || c == '\uFFFF';
    }
}
