package org.nashir.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.nashir.shared.InvalidInputException;

/** The formats accepted for upload, told apart by their first bytes, never by the file's name. */
enum ImageFormat {
    JPEG("image/jpeg"), PNG("image/png"), GIF("image/gif"), WEBP("image/webp");

    private final String mimeType;

    ImageFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    String mimeType() {
        return mimeType;
    }

    static ImageFormat detect(byte[] bytes) {
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(bytes, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (bytes.length > 12 && starts(bytes, 'R', 'I', 'F', 'F') && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return WEBP;
        }
        throw new InvalidInputException("file", looksLikeSvg(bytes) ? svgProblem(bytes) : "media.format.unknown");
    }

    private static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<svg");
    }

    /** SVG is a document, not a picture: it can carry scripts and fetch other resources, so it is never stored; why, as a message key. */
    private static String svgProblem(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (text.contains("<script") || text.matches("(?s).*\\son\\w+\\s*=.*") || text.contains("javascript:")) {
            return "media.svg.script";
        }
        if (text.contains("href=\"http") || text.contains("href='http") || text.contains("<!entity")
                || text.contains("xlink:href=\"//") || text.contains("@import")) {
            return "media.svg.external";
        }
        return "media.svg.refused";
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
