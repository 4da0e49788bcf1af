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
        assertThat(chunked.statusCode()).isIn(400, 413);
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
