package org.nashir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.NashirApplication;
import org.nashir.TestDatabase;

/** The operator's create-admin command, run as the jar runs it, against a fresh database of this run's kind. */
class CommandsIntegrationTests {

    private final InputStream stdin = System.in;
    private Map<String, String> database;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.fresh();
        database.forEach(System::setProperty);
    }

    @AfterEach
    void restore() {
        System.setIn(stdin);
        database.keySet().forEach(System::clearProperty);
    }

    @Test
    void createsAnAdministratorWithThePasswordReadFromStandardInput() throws Exception {
        System.setIn(new ByteArrayInputStream("a-long-operator-password\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Commands.run(NashirApplication.class, new String[] {"create-admin", "--username=operator", "--name=المشغّل"}))
                .isZero();
        try (Connection db = DriverManager.getConnection(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password"));
                ResultSet row = db.createStatement().executeQuery("select username, role, password_hash from app_user")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("operator");
            assertThat(row.getString(2)).isEqualTo("ADMINISTRATOR");
            assertThat(row.getString(3)).startsWith("{bcrypt}").doesNotContain("a-long-operator-password");
            assertThat(row.next()).isFalse();
        }
        // a command never loads the demo newsroom
        assertThat(Files.exists(Path.of(database.get("nashir.data-dir"), "media"))).isFalse();
    }

    @Test
    void aCommandThatCannotReachItsDatabaseSaysSoInASentenceNotAStackTrace() {
        System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:9/nowhere");
        System.setIn(new ByteArrayInputStream("a-long-operator-password\n".getBytes(StandardCharsets.UTF_8)));
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertThat(Commands.run(NashirApplication.class, new String[] {"create-admin", "--username=operator"})).isEqualTo(1);
        } finally {
            System.setErr(err);
        }
        assertThat(said.toString(StandardCharsets.UTF_8)).startsWith("Could not start: ").doesNotContain("\tat ");
        // the usual reason, the site holding the embedded database's file, is named as such
        assertThat(Commands.startFailure(new IllegalStateException("context", new RuntimeException(
                "Database may be already in use: \"/data/db/nashir.mv.db\"", new RuntimeException("The file is locked")))))
                .startsWith("The embedded database is in use by a running Nashir");
    }

    @Test
    void refusesAWeakPasswordAndExplainsUsage() {
        System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Commands.run(NashirApplication.class, new String[] {"create-admin", "--username=operator"})).isEqualTo(1);
        assertThat(Commands.run(NashirApplication.class, new String[] {"create-admin", "operator"})).isEqualTo(2);
        assertThat(Commands.handles(new String[] {"serve"})).isFalse();
    }

    @Test
    void importsAWordPressExportWritesABackupAndRefusesToRestoreOverContentWithoutForce() throws Exception {
        Path backup = Files.createTempDirectory("nashir-cli-backup").resolve("site");

        assertThat(Commands.run(NashirApplication.class, new String[] {"import-wordpress",
                "src/test/resources/wordpress/export.xml", "--media-dir", "src/test/resources/wordpress/uploads"})).isZero();
        assertThat(Commands.run(NashirApplication.class, new String[] {"export", backup.toString()})).isZero();
        assertThat(Commands.run(NashirApplication.class, new String[] {"restore", backup.toString()})).isEqualTo(1);

        assertThat(Files.readString(backup.resolve("manifest.json"))).contains("\"format\" : \"nashir-backup\"");
        assertThat(Files.readAllLines(backup.resolve("tables/article.jsonl"))).hasSize(8);
        assertThat(Commands.run(NashirApplication.class, new String[] {"import-wordpress", "export.xml", "--media-dir", "a",
                "--media-base-url", "https://b"})).isEqualTo(2);
        assertThat(Commands.run(NashirApplication.class, new String[] {"restore"})).isEqualTo(2);
    }
}
