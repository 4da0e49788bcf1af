package org.nashir.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a photo credit off the end of a WordPress caption, where newsrooms write it by hand:
 * «… المصدر: رويترز», «… (تصوير: فلان)», «… — الصورة: وكالة», "… Photo: AP".
 */
final class Credits {

    record Split(String caption, String credit) {
    }

    private static final Pattern CREDIT = Pattern.compile(
            "^(.*?)[\\s\\-–—|،,]*[(\\[]?\\s*(?:المصدر|مصدر الصورة|تصوير|الصورة|صورة|حقوق الصورة|بعدسة|photo|credit|source|image)"
                    + "\\s*[:：]\\s*([^()\\[\\]]+?)\\s*[)\\]]?[\\s.]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private Credits() {
    }

    static Split split(String caption) {
        if (caption == null || caption.isBlank()) {
            return new Split(null, null);
        }
        String text = caption.strip();
        Matcher m = CREDIT.matcher(text);
        if (!m.matches()) {
            return new Split(text, null);
        }
        String rest = m.group(1).strip();
        return new Split(rest.isEmpty() ? null : rest, m.group(2).strip());
    }
}
