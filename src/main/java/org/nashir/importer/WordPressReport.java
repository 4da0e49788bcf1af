package org.nashir.importer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a WordPress import did. {@code refusedFile} is set when the file itself was refused (not WXR,
 * hostile XML) or broke off (truncated): then {@code imported} counts what was saved before that point.
 * {@code conversions} tells how the content was turned into blocks ("heading" 40, "جدول ← فقرة" 2, …),
 * {@code skipped} the items that are not stories, by WordPress post type; {@code problems} names posts
 * and images one by one (the first {@link #MAX_PROBLEMS}).
 */
public record WordPressReport(String refusedFile, long posts, long imported, long alreadyThere, long failed,
        Map<String, Long> statuses, Map<String, Long> conversions, Map<String, Long> skipped, long images,
        long missingImages, long redirects, List<Problem> problems, Duration took) {

    public static final int MAX_PROBLEMS = 200;

    /** {@code item} is the WordPress post id (0 for the file as a whole). */
    public record Problem(long item, String title, String message) {
    }

    public double perSecond() {
        return took.toMillis() == 0 ? imported : imported * 1000.0 / took.toMillis();
    }

    public boolean clean() {
        return refusedFile == null && failed == 0 && missingImages == 0;
    }
}
