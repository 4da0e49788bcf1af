package org.nashir.shared;

/**
 * A value someone else chose (a username typed at sign-in, an address, a path), made safe to put in a log line:
 * line breaks and other control characters are written as escapes, so a name with a newline in it cannot forge a
 * line of its own («Signed in: boss»), and the value is cut at a length that keeps the line readable.
 */
public final class LogText {

    private static final int MAX = 200;

    private LogText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 8);
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return text.length() > out.length() && out.length() >= MAX ? out + "…" : out.toString();
    }
}
