package org.nashir.shared;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Arabic-preserving URL slugs: letters kept as written, marks and punctuation
 * removed, cut at a word boundary so that the percent-encoded form stays short enough for every
 * proxy, log and column on the way.
 */
public final class Slugs {

    public static final int MAX_ENCODED_LENGTH = 240;

    private Slugs() {
    }

    public static String slugify(String text) {
        return slugify(text, MAX_ENCODED_LENGTH);
    }

    static String slugify(String text, int maxEncodedLength) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        int encodedLength = 0;
        int lastBoundary = -1;
        boolean pendingSeparator = false;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (isIgnorable(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp) || cp == '-' || cp == '_' || cp == '/' || cp == '\u2013' || cp == '\u2014') {
                pendingSeparator = out.length() > 0;
                continue;
            }
            if (!Character.isLetterOrDigit(cp)) {
                continue;
            }
            int c = toAsciiDigit(Character.toLowerCase(cp));
            int cost = encodedLength(c) + (pendingSeparator ? 1 : 0);
            if (encodedLength + cost > maxEncodedLength) {
                if (lastBoundary > 0) {
                    out.setLength(lastBoundary);
                }
                // a single word longer than the limit is cut inside the word, never mid-character
                break;
            }
            if (pendingSeparator) {
                lastBoundary = out.length();
                out.append('-');
                pendingSeparator = false;
            }
            out.appendCodePoint(c);
            encodedLength += cost;
        }
        return out.toString();
    }

    /** Percent-encodes a path segment with upper-case hex (RFC 3986 §2.1), leaving unreserved ASCII as is. */
    public static String encode(String segment) {
        StringBuilder out = new StringBuilder(segment.length() * 3);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static int encodedLength(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        return new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length * 3;
    }

    private static int toAsciiDigit(int cp) {
        if (cp >= 0x0660 && cp <= 0x0669) {
            return '0' + (cp - 0x0660);
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return '0' + (cp - 0x06F0);
        }
        return cp;
    }

    /** Tashkeel, Quranic marks, tatweel, bidi controls and zero-width characters. */
    private static boolean isIgnorable(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x0610 && cp <= 0x061A)
                || (cp >= 0x06D6 && cp <= 0x06ED) || cp == 0x0640 || cp == 0x061C
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
    }
}
