package org.nashir.importer;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. {@code problems} lists refused lines by number (the first {@link #MAX_PROBLEMS});
 * {@code refused} counts them all.
 */
public record ImportSummary(long lines, long imported, long alreadyThere, long refused, List<Problem> problems,
        Duration took) {

    public static final int MAX_PROBLEMS = 100;

    public record Problem(long line, String message) {
    }

    public double perSecond() {
        return took.toMillis() == 0 ? imported : imported * 1000.0 / took.toMillis();
    }
}
