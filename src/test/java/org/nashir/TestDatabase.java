package org.nashir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database of an integration test run: H2 in a file (the embedded default) or a real
 * PostgreSQL server started from Maven Central binaries. Failsafe runs every integration test once
 * with each ({@code -Dnashir.test.database=h2|postgres}). Each Spring context gets a fresh database
 * and data directory. A PostgreSQL that cannot start fails the run; it is never skipped.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static String kind() {
        return System.getProperty("nashir.test.database", "h2");
    }

    public static void register(DynamicPropertyRegistry registry) {
        fresh().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The settings of a new, empty database and data directory of this run's kind. */
    public static Map<String, String> fresh() {
        return fresh(kind());
    }

    /** The kind this run does not test on: a backup made on one is restored into the other. */
    public static String otherKind() {
        return "postgres".equals(kind()) ? "h2" : "postgres";
    }

    /** The settings of a new, empty database ("h2" or "postgres") and data directory. */
    public static Map<String, String> fresh(String kind) {
        Path dataDir = newDataDir();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("nashir.data-dir", dataDir.toString());
        if ("postgres".equals(kind)) {
            String name = "nashir_" + COUNTER.incrementAndGet();
            EmbeddedPostgres server = postgres();
            createDatabase(server, name);
            properties.put("spring.datasource.url", server.getJdbcUrl("postgres", name));
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "postgres");
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db/nashir"));
            properties.put("spring.datasource.username", "nashir");
            properties.put("spring.datasource.password", "");
        }
        return properties;
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL could not start for the integration tests", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the server's directory is temporary
                }
            }));
        }
        return postgres;
    }

    private static void createDatabase(EmbeddedPostgres server, String name) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("nashir-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
