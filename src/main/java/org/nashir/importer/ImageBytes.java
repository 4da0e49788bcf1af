package org.nashir.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nashir.shared.Messages;
import org.nashir.shared.OutboundAddresses;

/**
 * The bytes of an image an import names: a local file, or an http(s) address that must answer 200.
 * Every address on the way, redirects included, is checked by {@link OutboundAddresses}; a download
 * stops at {@link #MAX_BYTES}.
 */
final class ImageBytes {

    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final int MAX_REDIRECTS = 5;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private ImageBytes() {
    }

    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Throws IllegalArgumentException with the reason in Arabic. A file is read only inside {@code folder} (the
     * media folder an operator named, or the import file's own), and only a regular file within the size limit;
     * with no folder, only http(s) addresses: an import names no file of the server's own.
     */
    static byte[] read(String location, HttpClient http, OutboundAddresses outbound, Path folder) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                return download(URI.create(location), http, outbound);
            }
            if (folder == null) {
                throw new IllegalArgumentException(Messages.text("import.image.scheme", location));
            }
            Path root = folder.toAbsolutePath().normalize();
            Path file = root.resolve(location).toAbsolutePath().normalize();
            if (!file.startsWith(root)) {
                throw new IllegalArgumentException(Messages.text("import.image.outside", location));
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file) || Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(Messages.text("import.image.not-file", location, MAX_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(Messages.text("import.image.path", location));
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.text("import.image.unreadable", location));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException(Messages.text("import.image.interrupted", location));
        }
    }

    private static byte[] download(URI start, HttpClient http, OutboundAddresses outbound)
            throws IOException, InterruptedException {
        return download(start, http, outbound, DEADLINE);
    }

    /** The whole download, redirects and body, ends by the deadline: a server dripping bytes cannot hold an import. */
    static byte[] download(URI start, HttpClient http, OutboundAddresses outbound, Duration deadline)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        URI uri = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            outbound.check(uri);
            Duration left = Duration.ofNanos(end - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                break;
            }
            HttpResponse<InputStream> response;
            try {
                response = http.send(HttpRequest.newBuilder(uri).timeout(left).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                break;
            }
            InputStream stream = response.body();
            AtomicBoolean late = new AtomicBoolean();
            // closing the stream is the only way to end a read that waits on a silent server
            CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
                late.set(true);
                close(stream);
            }, CompletableFuture.delayedExecutor(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS));
            try (InputStream body = stream) {
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                    uri = uri.resolve(response.headers().firstValue("Location").get());
                    continue;
                }
                if (status != 200) {
                    throw new IllegalArgumentException(Messages.text("import.image.http", start, status));
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (late.get()) {
                    break;
                }
                if (bytes.length > MAX_BYTES) {
                    throw new IllegalArgumentException(Messages.text("import.image.too-large", start, MAX_BYTES / (1024 * 1024)));
                }
                return bytes;
            } catch (IOException e) {
                if (late.get()) {
                    break;
                }
                throw e;
            } finally {
                watchdog.cancel(false);
            }
        }
        if (System.nanoTime() - end >= 0) {
            throw new IllegalArgumentException(Messages.text("import.image.timeout", start, deadline.toSeconds()));
        }
        throw new IllegalArgumentException(Messages.text("import.image.redirects", start));
    }

    private static void close(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // it is being abandoned: nothing more to do with it
        }
    }
}
