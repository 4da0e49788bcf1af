package org.nashir.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body to its end, no faster than the client sends it and no slower than the minimum rate allows:
 * past the grace period, every byte must have come within its share of time. A read that waits for a silent
 * client returns after the connection timeout at the latest, and the rate is checked then.
 */
final class BodyReader {

    enum Outcome { WHOLE, TOO_LARGE, TOO_SLOW }

    /** How the reading ended, and the body when it was kept and whole. */
    record Read(Outcome outcome, byte[] bytes) {
    }

    private BodyReader() {
    }

    static Read read(InputStream in, long bound, boolean keep, SecurityProperties.BodyRate rate) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(keep ? 8192 : 0);
        byte[] buffer = new byte[8192];
        long start = System.nanoTime();
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > bound) {
                return new Read(Outcome.TOO_LARGE, null);
            }
            if (keep) {
                kept.write(buffer, 0, n);
            }
            if (rate.tooSlow(System.nanoTime() - start, total)) {
                return new Read(Outcome.TOO_SLOW, null);
            }
        }
        return new Read(Outcome.WHOLE, keep ? kept.toByteArray() : null);
    }
}
