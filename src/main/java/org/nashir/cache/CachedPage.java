package org.nashir.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A response as the page cache replays it: the body plain and gzipped (compressed once, when
 * stored, instead of on every request), and the headers the application set.
 */
record CachedPage(String contentType, byte[] body, byte[] gzipped, String etag, List<Header> headers, Set<String> keys,
        long storedAtMillis) {

    record Header(String name, String value) {
    }

    private static final int SMALLEST_WORTH_COMPRESSING = 256;

    static CachedPage of(String contentType, byte[] body, String etag, List<Header> headers, Set<String> keys, long now) {
        return new CachedPage(contentType, body, body.length >= SMALLEST_WORTH_COMPRESSING ? gzip(body) : null, etag,
                headers, keys, now);
    }

    String header(String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }

    int weight() {
        return 512 + body.length + (gzipped == null ? 0 : gzipped.length);
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
