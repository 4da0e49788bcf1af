package org.nashir.importer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The bytes of an image an import names: a local file, or an http(s) address that must answer 200. */
final class ImageBytes {

    private ImageBytes() {
    }

    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Throws IllegalArgumentException with the reason in Arabic. */
    static byte[] read(String location, HttpClient http) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(location))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalArgumentException("تعذر تنزيل الصورة " + location + ": HTTP " + response.statusCode());
                }
                return response.body();
            }
            return Files.readAllBytes(Path.of(location));
        } catch (IOException e) {
            throw new IllegalArgumentException("تعذرت قراءة الصورة " + location);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("توقف تنزيل الصورة " + location);
        }
    }
}
