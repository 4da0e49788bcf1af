package org.nashir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.section.Section;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** No request can make the server read or keep more than a story needs. */
class RequestSizeIntegrationTests extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int OVER = 5 * 1024 * 1024;

    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStrangersSlowBodyToTheBackOfficeIsAnsweredAtOnceAndItsConnectionClosed() throws Exception {
        // the attack: a body announced at 100,000 bytes and sent a byte at a time holds a worker while it is read
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /admin/x HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100000\r\n\r\na").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the rest of the body never comes: a read that waited for it would time out (5 s) and fail the test
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            assertThat(status).as("answered without waiting for the body").startsWith("HTTP/1.1 302");
            List<String> headers = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line.toLowerCase(Locale.ROOT));
            }
            assertThat(headers).contains("connection: close").anyMatch(h -> h.startsWith("location: ") && h.contains("/admin/login"));
        }
    }

    @Test
    void aStrangersSlowBodyIsNotReadToItsEndAfterTheAnswer() throws Exception {
        // Tomcat reads an unread body to its end before it frees the worker, at the pace the client sends it
        Trickled trickled = trickle("/admin/stories", 100_000, "a");
        assertThat(trickled.answer()).startsWith("HTTP/1.1 302");
        assertThat(trickled.sent()).as("bytes the server waited for before it closed the connection").isLessThan(60);
    }

    @Test
    void aRefusalThatNeverReadsTheBodyDoesNotWaitForItEither() throws Exception {
        // 413 is answered from the declared length alone; the body then trickles in behind it
        Trickled trickled = trickle("/admin/login", OVER, "u");
        assertThat(trickled.answer()).startsWith("HTTP/1.1 413");
        assertThat(trickled.sent()).as("bytes the server waited for before it closed the connection").isLessThan(60);
    }

    @Test
    void aBodySentAByteAtATimeIsCutOffWith408AfterTheGracePeriod() throws Exception {
        // the attack: a body announced at 100,000 bytes and sent a byte at a time holds a worker while it is read;
        // the sign-in form is open to anyone and reads its body
        long before = System.nanoTime();
        Trickled trickled = trickle("/admin/login", 100_000, "username=");
        assertThat(trickled.answer()).startsWith("HTTP/1.1 408").contains("انتهت مهلة الطلب").containsIgnoringCase("connection: close");
        // the grace is two seconds in the tests; at 100 ms a byte the whole body would take almost three hours
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - before)).isLessThan(java.time.Duration.ofSeconds(10));

        // and the same form, sent at once, is read as usual
        StaffSession staff = StaffSession.signedIn(port, fixtures.staff(Role.REPORTER).username(), Fixtures.PASSWORD);
        assertThat(staff.get("/admin/stories").statusCode()).isEqualTo(200);
    }

    private record Trickled(String answer, int sent) {
    }

    /** Announces a form of {@code length} bytes, sends its first ones, then one byte every 100 ms until the server closes. */
    private Trickled trickle(String path, long length, String first) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + length + "\r\n\r\n" + first).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Trickle trickle = Trickle.start(out);
            String answer = readToClose(socket);
            trickle.stop();
            return new Trickled(answer, trickle.sent());
        }
    }

    /** Everything the server sends until it closes the connection (or resets it). */
    private static String readToClose(Socket socket) throws java.io.IOException {
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = socket.getInputStream().read(buffer); n >= 0; n = socket.getInputStream().read(buffer)) {
                answer.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // closed without reading what we sent: as good as a close
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    /** Sends one byte every 100 ms on another thread, as a slow attacker does, until told to stop or refused. */
    private static final class Trickle {
        private final java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean stopped;
        private Thread thread;

        static Trickle start(OutputStream out) {
            Trickle trickle = new Trickle();
            trickle.thread = new Thread(() -> {
                try {
                    while (!trickle.stopped) {
                        Thread.sleep(100);
                        out.write('a');
                        out.flush();
                        trickle.sent.incrementAndGet();
                    }
                } catch (Exception closed) {
                    // the server closed the connection
                }
            });
            trickle.thread.setDaemon(true);
            trickle.thread.start();
            return trickle;
        }

        int sent() {
            return sent.get();
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.join();
        }
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        String token = tokens.issue(fixtures.staff(Role.EDITOR).id(), "أداة كبيرة", Set.of(ApiScope.STORIES_WRITE)).token();
        long before = stories();
        HttpResponse<String> declared = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"headline\":\"" + "ا".repeat(OVER / 2) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        // no length declared: read up to the limit, then refused
        byte[] big = ("{\"headline\":\"" + "x".repeat(OVER) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).doesNotContain("Exception", "at org.");
        assertThat(stories()).isEqualTo(before);
    }

    @Test
    void aFormOverTheLimitGetsAnArabicPage() {
        StaffSession editor = StaffSession.signedIn(port, fixtures.staff(Role.EDITOR).username(), Fixtures.PASSWORD);
        editor.get("/admin/stories/new");
        HttpResponse<String> refused = editor.post("/admin/stories", List.of(Map.entry("action", "save"),
                Map.entry("headline", "خبر ضخم"), Map.entry("body", "ب".repeat(OVER / 6))));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("lang=\"ar\"", "الطلب كبير جداً");
    }

    @Test
    void aStoryOverTheBlockOrLetterLimitIsRefusedWithTheReason() throws Exception {
        Section section = fixtures.section("قسم الحدود");
        String token = tokens.issue(fixtures.staff(Role.EDITOR).id(), "أداة الحدود", Set.of(ApiScope.STORIES_WRITE)).token();
        String paragraph = "{\"type\":\"paragraph\",\"html\":\"فقرة\"}";
        String body = "{\"headline\":\"خبر بكتل كثيرة\",\"section_id\":" + section.id() + ",\"body\":{\"version\":1,\"blocks\":["
                + String.join(",", java.util.Collections.nCopies(501, paragraph)) + "]}}";
        long before = stories();
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("عدد الكتل");
        assertThat(stories()).isEqualTo(before);
    }

    private long stories() {
        return jdbc.queryForObject("select count(*) from article", Long.class);
    }
}
