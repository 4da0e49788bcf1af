package org.nashir.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.shared.OutboundAddresses;
import org.nashir.shared.OutboundProperties;

/** Images fetched by address for an import: within a deadline, a size and the operator's allowed network. */
class ImageBytesTests {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/photo.jpg", exchange -> {
            exchange.sendResponseHeaders(200, 4);
            exchange.getResponseBody().write(new byte[] {1, 2, 3, 4});
            exchange.close();
        });
        server.createContext("/drip.jpg", exchange -> {
            exchange.sendResponseHeaders(200, 1_000_000);
            OutputStream body = exchange.getResponseBody();
            try {
                for (int i = 0; i < 100; i++) {
                    body.write(new byte[100]);
                    body.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException e) {
                // the client gave up, as it should
            }
            exchange.close();
        });
        server.createContext("/inside", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anImageIsFetchedWhenItsHostIsAllowed() throws Exception {
        assertThat(ImageBytes.download(URI.create(base + "/photo.jpg"), ImageBytes.client(),
                new OutboundAddresses(new OutboundProperties(List.of("127.0.0.1"))), Duration.ofSeconds(5))).containsExactly(1, 2, 3, 4);
    }

    @Test
    void loopbackIsRefusedUnlessTheOperatorAllowsIt() {
        assertThatThrownBy(() -> ImageBytes.download(URI.create(base + "/photo.jpg"), ImageBytes.client(),
                new OutboundAddresses(new OutboundProperties(List.of())), Duration.ofSeconds(5))).hasMessageContaining("شبكة داخلية");
    }

    @Test
    void aRedirectToAnInsideAddressIsRefused() {
        assertThatThrownBy(() -> ImageBytes.download(URI.create(base + "/inside"), ImageBytes.client(),
                new OutboundAddresses(new OutboundProperties(List.of("127.0.0.1"))), Duration.ofSeconds(5))).hasMessageContaining("169.254.169.254");
    }

    @Test
    void aServerDrippingBytesIsLeftAtTheDeadlineWithNothingHalfRead() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> ImageBytes.download(URI.create(base + "/drip.jpg"), ImageBytes.client(),
                new OutboundAddresses(new OutboundProperties(List.of("127.0.0.1"))), Duration.ofSeconds(1))).hasMessageContaining("لم يكتمل");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
