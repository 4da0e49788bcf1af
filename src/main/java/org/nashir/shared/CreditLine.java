package org.nashir.shared;

import java.util.regex.Pattern;

/**
 * An image's credit as it is kept: pages print it after «المصدر:», so a credit typed with that word already
 * («المصدر: رويترز», «Source: AP») keeps only the source, and the page does not say «المصدر: المصدر: رويترز».
 */
public final class CreditLine {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:المصدر|مصدر الصورة|حقوق الصورة|source|credit)\\s*[:：]\\s*)+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CreditLine() {
    }

    /** The source alone, cleaned; null for nothing. */
    public static String of(String typed) {
        if (typed == null) {
            return null;
        }
        String source = PREFIX.matcher(PlainText.clean(typed).strip()).replaceFirst("").strip();
        return source.isEmpty() ? null : source;
    }
}
