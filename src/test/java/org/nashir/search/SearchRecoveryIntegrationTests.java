package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nashir.NashirApplication;
import org.nashir.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as operators run it, in its own process: stories imported, found, then the process
 * killed with SIGKILL. After a restart the stories are found again, also when the index was damaged in
 * the crash or missed a change made while the application was down.
 */
class SearchRecoveryIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> settings = TestDatabase.fresh();
    private final Path dataDir = Path.of(settings.get("nashir.data-dir"));
    private Process server;
    private int port;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void findsStoriesAgainAfterAKillADamagedIndexAndAChangeMadeWhileDown() throws Exception {
        Path file = dataDir.resolve("stories.jsonl");
        Files.writeString(file, """
                {"headline":"الميناء يستقبل سفينة الحبوب","body":["وصلت الشحنة صباحاً"],"section":"اقتصاد","source_url":"u:1"}
                {"headline":"افتتاح مكتبة الحي الجديدة","body":["تضم المكتبة آلاف الكتب"],"section":"ثقافة","source_url":"u:2"}
                """, StandardCharsets.UTF_8);
        assertThat(run("import", file.toString()).waitFor(3, TimeUnit.MINUTES)).isTrue();

        start();
        assertThat(found("سفينة الحبوب")).isEqualTo(1);
        server.destroyForcibly().waitFor();

        start();
        assertThat(found("سفينة الحبوب")).as("after SIGKILL").isEqualTo(1);
        server.destroyForcibly().waitFor();

        try (Stream<Path> files = Files.list(dataDir.resolve("index/story"))) {
            for (Path segments : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(segments, new byte[] {1, 2, 3});
            }
        }
        try (Connection db = DriverManager.getConnection(settings.get("spring.datasource.url"),
                settings.get("spring.datasource.username"), settings.get("spring.datasource.password"));
                Statement sql = db.createStatement()) {
            sql.executeUpdate("update article set headline = 'افتتاح مكتبة الحي بعد الترميم', version = version + 1"
                    + " where source_url = 'u:2'");
        }

        start();
        assertThat(found("سفينة الحبوب")).as("after the index was damaged").isEqualTo(1);
        assertThat(found("الترميم")).as("a change made while the application was down").isEqualTo(1);
    }

    private long found(String words) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("total").asLong();
    }

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = run("--server.port=" + port);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("the server exited; see %s", dataDir.resolve("server.log")).isTrue();
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not start within 3 minutes");
    }

    private Process run(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                NashirApplication.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()));
        // the environment, as an operator configures it: commands such as import take no Spring arguments
        settings.forEach((name, value) -> builder.environment()
                .put(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        builder.environment().put("NASHIR_DEMO", "false");
        return builder.start();
    }

}
