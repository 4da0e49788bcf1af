package org.nashir.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashir.Fixtures;
import org.nashir.Multipart;
import org.nashir.TestDatabase;
import org.nashir.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged application, killed with SIGKILL in the middle of a bulk import, and again while
 * editors publish and upload images, then started again: everything it acknowledged is there,
 * nothing half-written reaches readers, and the database, the search index and the media files agree;
 * a search index damaged while the site was down, or behind a change made meanwhile, is rebuilt.
 * It runs the application with the launcher the build writes, as an operator does, on this run's database.
 */
class CrashConsistencyIntegrationTests {

    private static final HttpClient HTTP = TestHttp.client();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path LAUNCHER = Path.of("target/nashir/bin/nashir");
    private static final String PASSWORD = "a-long-crash-password";
    private static final int LINES = 1000;
    /** A word every imported and published story has, to count them in the search index. */
    private static final String COMMON = "زلزال";

    @TempDir
    Path temp;

    private final List<Process> running = new ArrayList<>();
    private Map<String, String> database;
    private int port;

    @AfterEach
    void stopAll() {
        running.forEach(Process::destroyForcibly);
    }

    @Test
    void killedMidImportAndMidPublishingItLosesNothingAcknowledgedAndShowsNothingHalfWritten() throws Exception {
        database = new java.util.LinkedHashMap<>(TestDatabase.fresh());
        if (database.get("spring.datasource.url").startsWith("jdbc:h2:")) {
            // the embedded default as shipped, with its own settings, in this run's data folder
            database.keySet().removeIf(key -> key.startsWith("spring.datasource."));
        }
        port = freePort();
        cli(Map.of("NASHIR_ADMIN_PASSWORD", PASSWORD), "create-admin", "--username=chief", "--name=رئيسة التحرير");
        Process tokenCommand = cli(Map.of(), "create-token", "--username=chief", "--scopes=stories:write,stories:publish,media:write");
        String token = new String(tokenCommand.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("nsr_")).findFirst().orElseThrow();

        // 1. a bulk import killed once it has committed some of the file
        Path archive = archive();
        Process importing = start(List.of("import", archive.toString()), "import-1");
        awaitLog("import-1", line -> line.matches(".*[1-9][0-9,]* imported.*"), Duration.ofSeconds(120));
        importing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process site = serve("after-import-kill");
        long imported = everyPublishedStoryIsWhole();
        assertThat(imported).isBetween(1L, (long) LINES);
        stop(site);
        assertIndexHoldsEveryStory();
        Process again = start(List.of("import", archive.toString()), "import-2");
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        site = serve("after-import-again");
        assertThat(everyPublishedStoryIsWhole()).as("the import finished, nothing twice").isEqualTo(LINES);

        // 2. editors publishing and uploading when the process is killed
        long section = JSON.readTree(get("/api/v1/sections").body()).get("sections").get(0).get("id").asLong();
        List<long[]> stories = new CopyOnWriteArrayList<>();
        List<String> images = new CopyOnWriteArrayList<>();
        AtomicBoolean going = new AtomicBoolean(true);
        Thread publishing = new Thread(() -> publish(token, section, stories, going));
        Thread uploading = new Thread(() -> upload(token, images, going));
        publishing.start();
        uploading.start();
        awaitCount(() -> stories.size() >= 5 && images.size() >= 3, Duration.ofSeconds(120));
        site.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        going.set(false);
        publishing.join();
        uploading.join();

        site = serve("after-publish-kill");
        for (long[] story : stories) {
            HttpResponse<String> read = send("GET", "/api/v1/admin/articles/" + story[0], token, null, null);
            assertThat(read.statusCode()).as("acknowledged story %d", story[0]).isEqualTo(200);
            if (story[1] == 1) {
                assertThat(get("/api/v1/articles/" + story[0]).statusCode()).as("acknowledged publication %d", story[0])
                        .isEqualTo(200);
                assertThat(searchTotal("انهيار" + story[0])).as("story %d in the index", story[0]).isEqualTo(1);
            }
        }
        for (String image : images) {
            assertThat(getBytes(image).statusCode()).as(image).isEqualTo(200);
        }
        everyPublishedStoryIsWhole();
        stop(site);
        assertIndexHoldsEveryStory();

        // 3. the media folder and the database: no row without its files; what a killed upload left
        // behind is named by no row, and MediaSweep removes it once old enough (MediaSweepIntegrationTests)
        MediaState state = media();
        assertThat(state.rowsMissingFiles()).isEmpty();
        assertThat(state.leftovers()).allSatisfy(leftover -> assertThat(leftover.toString()).doesNotContain(state.keys()));

        // 4. a search index damaged in a crash, and a story changed while the site was down (a restore, an
        // operator's SQL): the site rebuilds the index as it starts and finds both
        Path index = Path.of(database.get("nashir.data-dir")).resolve("index").resolve("story");
        try (Stream<Path> files = Files.list(index)) {
            for (Path segments : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(segments, new byte[] {1, 2, 3});
            }
        }
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            assertThat(sql.executeUpdate("update article set headline = 'مكتبة الحي تعود بعد الترميم', version = version + 1"
                    + " where source_url = 'https://old.example/7'")).isEqualTo(1);
        }
        site = serve("after-index-damage");
        assertThat(searchTotal("الترميم")).as("the story changed while the site was down").isEqualTo(1);
        long published = stories.stream().filter(story -> story[1] == 1).findFirst().orElseThrow()[0];
        assertThat(searchTotal("انهيار" + published)).as("a story from before the damage").isEqualTo(1);
        stop(site);
        assertIndexHoldsEveryStory();
    }

    private void publish(String token, long section, List<long[]> stories, AtomicBoolean going) {
        for (int i = 0; going.get(); i++) {
            try {
                HttpResponse<String> created = send("POST", "/api/v1/admin/articles", token, "application/json", """
                        {"headline": "خبر عاجل عن %s رقم %d", "section_id": %d,
                         "body": {"version": 1, "blocks": [{"type": "paragraph", "html": "فقرة عن %s والانهيار."}]}}"""
                        .formatted(COMMON, i, section, COMMON));
                if (created.statusCode() != 201) {
                    continue;
                }
                long id = JSON.readTree(created.body()).get("id").asLong();
                // a word only this story has, added by a second save: found in the index only if it was kept
                HttpResponse<String> read = send("GET", "/api/v1/admin/articles/" + id, token, null, null);
                long version = JSON.readTree(read.body()).get("version").asLong();
                HttpResponse<String> saved = send("PUT", "/api/v1/admin/articles/" + id, token, "application/json", """
                        {"headline": "خبر عاجل عن %s رقم %d انهيار%d", "section_id": %d, "version": %d,
                         "body": {"version": 1, "blocks": [{"type": "paragraph", "html": "فقرة عن %s."}]}}"""
                        .formatted(COMMON, i, id, section, version, COMMON));
                if (saved.statusCode() != 200) {
                    stories.add(new long[] {id, 0});
                    continue;
                }
                boolean published = send("POST", "/api/v1/admin/articles/" + id + "/publish", token, null, null).statusCode() == 200;
                stories.add(new long[] {id, published ? 1 : 0});
            } catch (IllegalStateException killed) {
                return;
            }
        }
    }

    private void upload(String token, List<String> images, AtomicBoolean going) {
        for (int i = 0; going.get(); i++) {
            Multipart form = Multipart.of(Map.of("alt", "صورة رقم " + i), "file", "photo.png", "image/png",
                    Fixtures.png(1200 + i % 7, 800));
            try {
                HttpResponse<String> uploaded = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/admin/media"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType()).POST(form.body())
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (uploaded.statusCode() == 201) {
                    images.add(JSON.readTree(uploaded.body()).get("url").asString());
                }
            } catch (IOException | InterruptedException killed) {
                return;
            }
        }
    }

    /** Every story a reader can reach opens (a sample of the archive, all those written by hand); returns how many there are. */
    private long everyPublishedStoryIsWhole() {
        String next = "/api/v1/articles?limit=100";
        long count = 0;
        while (next != null) {
            JsonNode page = JSON.readTree(get(next).body());
            for (JsonNode story : page.get("articles")) {
                if (count++ % 50 == 0 || story.get("headline").asString().contains("عاجل")) {
                    String path = URI.create(story.get("url").asString()).getRawPath();
                    assertThat(get(path).statusCode()).as(path).isIn(200, 301);
                }
            }
            JsonNode cursor = page.get("meta").get("next_cursor");
            next = cursor == null || cursor.isNull() ? null : "/api/v1/articles?limit=100&cursor=" + cursor.asString();
        }
        return count;
    }

    /**
     * The stopped site's search index has one document per story, as the database has rows. A killed
     * process may lose the index's last second; the site finds out as it starts and rebuilds the index
     * from the database before it opens.
     */
    private void assertIndexHoldsEveryStory() throws Exception {
        long rows;
        try (Connection db = connect(); ResultSet count = db.createStatement().executeQuery("select count(*) from article")) {
            count.next();
            rows = count.getLong(1);
        }
        Path index = Path.of(database.get("nashir.data-dir")).resolve("index").resolve("story");
        try (var directory = org.apache.lucene.store.FSDirectory.open(index);
                var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            assertThat((long) reader.numDocs()).as("documents in the search index").isEqualTo(rows);
        }
    }

    private long searchTotal(String q) {
        return JSON.readTree(get("/api/v1/search?size=1&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)).body())
                .get("total").asLong();
    }

    private record MediaState(List<String> rowsMissingFiles, List<Path> leftovers, String[] keys) {
    }

    /** Compares the rows of media_asset with the files under media/, the application stopped. */
    private MediaState media() throws Exception {
        Set<String> keys = new HashSet<>();
        List<String> missing = new ArrayList<>();
        Path media = Path.of(database.get("nashir.data-dir")).resolve("media");
        try (Connection db = connect(); ResultSet rows = db.createStatement().executeQuery("select file_key, width from media_asset")) {
            while (rows.next()) {
                String key = rows.getString(1);
                keys.add(key);
                if (!Files.isRegularFile(media.resolve("originals").resolve(key))
                        || !Files.isRegularFile(media.resolve("variants").resolve(key).resolve("320.jpg"))) {
                    missing.add(key);
                }
            }
        }
        List<Path> leftovers = new ArrayList<>();
        for (String folder : List.of("originals", "variants")) {
            Path root = media.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> entries = Files.walk(root)) {
                entries.filter(p -> !p.equals(root)).filter(p -> p.getFileName().toString().endsWith(".tmp")
                        || (p.getParent().equals(root) && !keys.contains(p.getFileName().toString()))).forEach(leftovers::add);
            }
        }
        return new MediaState(missing, leftovers, keys.toArray(String[]::new));
    }

    private Connection connect() throws Exception {
        String url = database.getOrDefault("spring.datasource.url",
                "jdbc:h2:file:" + Path.of(database.get("nashir.data-dir")).resolve("db/nashir"));
        return DriverManager.getConnection(url, database.getOrDefault("spring.datasource.username", "nashir"),
                database.getOrDefault("spring.datasource.password", ""));
    }

    private Path archive() throws IOException {
        Path file = temp.resolve("archive.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add("{\"headline\":\"" + COMMON + " في الأرشيف رقم " + i + "\",\"section\":\"أرشيف " + (i % 5) + "\","
                    + "\"body\":[\"فقرة أولى عن " + COMMON + " رقم " + i + ".\",\"فقرة ثانية.\"],\"authors\":[\"مراسل " + (i % 9)
                    + "\"],\"tags\":[\"وسم " + (i % 13) + "\"],\"published_at\":\"2020-01-01T10:00:00Z\","
                    + "\"source_url\":\"https://old.example/" + i + "\"}");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private Process serve(String name) throws Exception {
        Process site = start(List.of(), name);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(site.isAlive()).as("the site started (see %s)", temp.resolve(name + ".log")).isTrue();
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return site;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the site did not start; see " + temp.resolve(name + ".log"));
    }

    private static void stop(Process site) throws InterruptedException {
        site.destroy();
        if (!site.waitFor(60, TimeUnit.SECONDS)) {
            site.destroyForcibly().waitFor();
        }
    }

    /** Runs a command to its end; its standard output is left to read. */
    private Process cli(Map<String, String> environment, String... args) throws Exception {
        Process command = start(List.of(args), args[0], environment, false);
        byte[] out = command.getInputStream().readAllBytes();
        assertThat(command.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).as("%s: %s", args[0], Files.readString(temp.resolve(args[0] + ".log"))).isZero();
        return new ProcessBuilder("printf", "%s", new String(out, StandardCharsets.UTF_8)).start();
    }

    private Process start(List<String> args, String name) throws IOException {
        return start(args, name, Map.of(), true);
    }

    private Process start(List<String> args, String name, Map<String, String> environment, boolean logged) throws IOException {
        assertThat(LAUNCHER).as("the launcher the build writes (./mvnw package)").isExecutable();
        // settings as system properties, which the commands read as the server does (they take no --options of Spring's)
        List<String> settings = new ArrayList<>();
        database.forEach((key, value) -> settings.add("-D" + key + "=" + value));
        // C1 only: its starts are what this test waits for, and C2 would compile them on the cores the other tests use
        settings.add("-XX:TieredStopAtLevel=1");
        settings.addAll(List.of("-Dserver.port=" + port, "-Dnashir.demo=false", "-Dnashir.security.rate-limits.enabled=false",
                "-Dnashir.outbound.allowed-hosts=127.0.0.1"));
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", String.join(" ", settings));
        builder.environment().putAll(environment);
        if (logged) {
            builder.redirectErrorStream(true).redirectOutput(temp.resolve(name + ".log").toFile());
        } else {
            builder.redirectError(temp.resolve(name + ".log").toFile());
        }
        Process process = builder.start();
        running.add(process);
        return process;
    }

    private void awaitLog(String name, java.util.function.Predicate<String> line, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        Path log = temp.resolve(name + ".log");
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Stream.of(Files.readString(log, StandardCharsets.UTF_8).split("[\r\n]")).anyMatch(line)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not seen in " + log + ": " + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void awaitCount(java.util.function.BooleanSupplier done, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the editors' work went through").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> get(String path) {
        return send("GET", path, null, null, null);
    }

    private HttpResponse<byte[]> getBytes(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url.replaceFirst("^https?://[^/]+", "http://localhost:" + port))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(String method, String path, String token, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        return TestHttp.send(request);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
