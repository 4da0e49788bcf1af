package org.nashir.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.nashir.search.IndexMaintenance;
import org.nashir.shared.NashirProperties;
import org.nashir.shared.SiteWideChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the whole site to a folder and reads it back, in a format of our own (docs/operators/backup.md):
 * a manifest, one JSON-lines file per table in primary-key order, and the media files as stored. The
 * same data gives the same files, byte for byte, whatever the database, so a backup can be compared
 * with another and restored into H2 or PostgreSQL alike. Restoring checks every file against the
 * manifest first and writes all tables in one transaction: a restore happens whole or not at all.
 */
@Service
public class SiteBackup {

    public static final String FORMAT = "nashir-backup";
    public static final int VERSION = 1;

    /** Tables in the order their foreign keys need; what only lives for a while (sessions, queues, the search index's bookkeeping) is left out. */
    enum Table {
        SITE_SETTINGS("id", false), SITE_SOCIAL_LINK("settings_id, position", false), MEDIA_ASSET("id", true),
        SECTION("id", true), AUTHOR("id", true), TAG("id", true), APP_USER("id", true), ARTICLE("id", true),
        ARTICLE_AUTHOR("article_id, position", false), ARTICLE_SECTION("article_id, section_id", false),
        ARTICLE_TAG("article_id, tag_id", false), ARTICLE_REVISION("id", true), AUDIT_ENTRY("id", true),
        SEARCH_VARIANT("id", true), API_TOKEN("id", true), WEBHOOK("id", true), WEBHOOK_DELIVERY("id", true),
        LEGACY_URL("source", false), NAME_ALIAS("kind, name", false), FRONT_ARRANGEMENT("front_key", false),
        FRONT_PICK("front_key, slot", false), FRONT_BLOCK("front_key, section_id", false);

        final String orderBy;
        final boolean identity;

        Table(String orderBy, boolean identity) {
            this.orderBy = orderBy;
            this.identity = identity;
        }

        String sqlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        String file() {
            return "tables/" + sqlName() + ".jsonl";
        }
    }

    /** What a restore found in the installation before it began: a non-empty one is refused unless forced. */
    private static final List<Table> CONTENT = List.of(Table.ARTICLE, Table.SECTION, Table.AUTHOR, Table.TAG,
            Table.MEDIA_ASSET, Table.APP_USER, Table.LEGACY_URL, Table.NAME_ALIAS);
    private static final String PASSWORD_COLUMN = "password_hash";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Summary(Map<String, Long> rows, long mediaFiles, String schema) {
    }

    private final DataSource dataSource;
    private final Flyway flyway;
    private final Path media;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final IndexMaintenance index;

    SiteBackup(DataSource dataSource, Flyway flyway, NashirProperties properties, PasswordEncoder passwords,
            ApplicationEventPublisher events, IndexMaintenance index) {
        this.index = index;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.media = properties.dataDir().resolve("media");
        this.passwords = passwords;
        this.events = events;
    }

    /** Writes the site into {@code dir}, which must be empty or not exist. Password hashes only when asked. */
    public Summary export(Path dir, boolean withPasswordHashes) {
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || hasEntries(dir))) {
                throw new BackupException("backup.dir.not-empty", dir);
            }
            Files.createDirectories(dir.resolve("tables"));
            Map<String, Long> rows = new LinkedHashMap<>();
            List<ObjectNode> tables = new ArrayList<>();
            try (Connection connection = dataSource.getConnection()) {
                // one snapshot for every table: a story saved during the export is in all of them or in none
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
                for (Table table : Table.values()) {
                    long count = exportTable(connection, table, dir.resolve(table.file()), withPasswordHashes);
                    rows.put(table.sqlName(), count);
                    tables.add(JSON.createObjectNode().put("name", table.sqlName()).put("file", table.file())
                            .put("rows", count).put("sha256", sha256(dir.resolve(table.file()))));
                }
                connection.rollback();
            }
            long files = exportMedia(dir);
            String schema = schema();
            ObjectNode manifest = JSON.createObjectNode().put("format", FORMAT).put("version", VERSION)
                    .put("schema", schema).put("password_hashes", withPasswordHashes);
            manifest.putArray("tables").addAll(tables);
            manifest.putObject("media").put("file", "media.jsonl").put("files", files)
                    .put("sha256", sha256(dir.resolve("media.jsonl")));
            Files.writeString(dir.resolve("manifest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest)
                    + "\n", StandardCharsets.UTF_8);
            return new Summary(rows, files, schema);
        } catch (IOException e) {
            throw new BackupException(e, "backup.write", dir, e.getMessage());
        } catch (SQLException e) {
            throw new BackupException(e, "backup.database", e.getMessage());
        }
    }

    private long exportTable(Connection connection, Table table, Path file, boolean withPasswordHashes)
            throws SQLException, IOException {
        long count = 0;
        try (Statement statement = connection.createStatement();
                BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery("select * from " + table.sqlName() + " order by " + table.orderBy)) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    ObjectNode row = JSON.createObjectNode();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        String name = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
                        if (name.equals(PASSWORD_COLUMN) && !withPasswordHashes) {
                            row.putNull(name);
                            continue;
                        }
                        put(row, name, columns.getColumnType(i), rows, i);
                    }
                    out.write(JSON.writeValueAsString(row));
                    out.write('\n');
                    count++;
                }
            }
        }
        return count;
    }

    private static void put(ObjectNode row, String name, int type, ResultSet rows, int i) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = rows.getLong(i);
                if (rows.wasNull()) {
                    row.putNull(name);
                } else {
                    row.put(name, value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(i);
                if (rows.wasNull()) {
                    row.putNull(name);
                } else {
                    row.put(name, value);
                }
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime value = rows.getObject(i, OffsetDateTime.class);
                row.put(name, value == null ? null : value.toInstant().toString());
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] value = rows.getBytes(i);
                row.put(name, value == null ? null : Base64.getEncoder().encodeToString(value));
            }
            default -> row.put(name, rows.getString(i));
        }
    }

    private long exportMedia(Path dir) throws IOException {
        long files = 0;
        try (BufferedWriter list = Files.newBufferedWriter(dir.resolve("media.jsonl"), StandardCharsets.UTF_8)) {
            if (!Files.isDirectory(media)) {
                return 0;
            }
            List<Path> all;
            try (Stream<Path> walk = Files.walk(media)) {
                all = walk.filter(Files::isRegularFile).map(media::relativize).sorted().toList();
            }
            for (Path relative : all) {
                String name = relative.toString().replace('\\', '/');
                Path target = dir.resolve("media").resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(media.resolve(relative), target);
                list.write(JSON.writeValueAsString(JSON.createObjectNode().put("file", "media/" + name)
                        .put("bytes", Files.size(target)).put("sha256", sha256(target))));
                list.write('\n');
                files++;
            }
        }
        return files;
    }

    /**
     * Replaces the site with the backup in {@code dir}. Refused when the installation already holds
     * content, unless {@code force}; refused before anything is written when a file does not match the
     * manifest or the backup comes from a newer version of Nashir.
     */
    public Summary restore(Path dir, boolean force) {
        JsonNode manifest = manifest(dir);
        verify(dir, manifest);
        Map<String, Long> rows = new LinkedHashMap<>();
        boolean hashes = manifest.path("password_hashes").asBoolean(false);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!force) {
                    refuseWhenNotEmpty(connection);
                }
                List<Table> reversed = new ArrayList<>(List.of(Table.values()));
                java.util.Collections.reverse(reversed);
                try (Statement statement = connection.createStatement()) {
                    for (Table table : reversed) {
                        statement.executeUpdate("delete from " + table.sqlName());
                    }
                }
                for (Table table : Table.values()) {
                    rows.put(table.sqlName(), restoreTable(connection, table, dir.resolve(table.file()), hashes));
                }
                restartIdentities(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupException(e, "backup.restore.failed", e.getMessage());
        }
        long files = restoreMedia(dir);
        events.publishEvent(new SiteWideChange("restore"));
        index.rebuildAndWait("restored from a backup");
        return new Summary(rows, files, manifest.path("schema").asString());
    }

    private JsonNode manifest(Path dir) {
        Path file = dir.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw new BackupException("backup.manifest.missing", dir);
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new BackupException(e, "backup.manifest.unreadable", e.getMessage());
        }
        if (!FORMAT.equals(manifest.path("format").asString(""))) {
            throw new BackupException("backup.manifest.foreign");
        }
        if (manifest.path("version").asInt(0) > VERSION) {
            throw new BackupException("backup.version.newer", manifest.path("version").asInt(), VERSION);
        }
        String schema = schema();
        if (compareVersions(manifest.path("schema").asString("0"), schema) > 0) {
            throw new BackupException("backup.schema.newer", manifest.path("schema").asString(), schema);
        }
        return manifest;
    }

    private static void verify(Path dir, JsonNode manifest) {
        for (JsonNode table : manifest.path("tables")) {
            check(dir, table.path("file").asString(), table.path("sha256").asString());
        }
        JsonNode mediaList = manifest.path("media");
        check(dir, mediaList.path("file").asString(), mediaList.path("sha256").asString());
        forEachLine(dir.resolve(mediaList.path("file").asString()), line -> {
            JsonNode entry = JSON.readTree(line);
            check(dir, entry.path("file").asString(), entry.path("sha256").asString());
        });
    }

    private static void check(Path dir, String name, String expected) {
        Path file = dir.resolve(name).normalize();
        if (name.isEmpty() || !file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
            throw new BackupException("backup.file.missing", name);
        }
        if (!sha256(file).equals(expected)) {
            throw new BackupException("backup.file.digest", name);
        }
    }

    private void refuseWhenNotEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Table table : CONTENT) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + table.sqlName())) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        throw new BackupException("backup.restore.not-empty", table.sqlName(), count.getLong(1));
                    }
                }
            }
        }
    }

    private long restoreTable(Connection connection, Table table, Path file, boolean hashes) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet empty = statement.executeQuery("select * from " + table.sqlName() + " where 1 = 0")) {
            ResultSetMetaData columns = empty.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                types.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), columns.getColumnType(i));
            }
        }
        List<String> names = null;
        PreparedStatement insert = null;
        long count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode row = JSON.readTree(line);
                if (names == null) {
                    names = new ArrayList<>();
                    for (String name : row.propertyNames()) {
                        if (!types.containsKey(name)) {
                            throw new BackupException("backup.column.unknown", table.sqlName(), name);
                        }
                        names.add(name);
                    }
                    insert = connection.prepareStatement("insert into " + table.sqlName() + " (" + String.join(", ", names)
                            + ") values (" + String.join(", ", names.stream().map(n -> "?").toList()) + ")");
                }
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    JsonNode value = row.get(name);
                    if ((value == null || value.isNull()) && name.equals(PASSWORD_COLUMN) && !hashes) {
                        // no hash in the backup: a password nobody knows; the person sets a new one
                        insert.setString(i + 1, passwords.encode(UUID.randomUUID() + "-" + UUID.randomUUID()));
                    } else {
                        bind(insert, i + 1, types.get(name), value);
                    }
                }
                insert.addBatch();
                if (++count % 500 == 0) {
                    insert.executeBatch();
                }
            }
            if (insert != null) {
                insert.executeBatch();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
        return count;
    }

    private static void bind(PreparedStatement insert, int index, int type, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BIGINT -> insert.setLong(index, value.asLong());
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setInt(index, value.asInt());
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value.asBoolean());
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> insert.setObject(index,
                    OffsetDateTime.ofInstant(Instant.parse(value.asString()), ZoneOffset.UTC));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> insert.setBytes(index,
                    Base64.getDecoder().decode(value.asString()));
            default -> insert.setString(index, value.asString());
        }
    }

    /** New rows after a restore get ids after the restored ones, as they would have on the original. */
    private static void restartIdentities(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (Table table : Table.values()) {
                if (!table.identity) {
                    continue;
                }
                long next;
                try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table.sqlName())) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.execute(postgres
                        ? "select setval(pg_get_serial_sequence('" + table.sqlName() + "', 'id'), " + next + ", false)"
                        : "alter table " + table.sqlName() + " alter column id restart with " + next);
            }
        }
    }

    private long restoreMedia(Path dir) {
        long[] files = {0};
        forEachLine(dir.resolve("media.jsonl"), line -> {
            String name = JSON.readTree(line).path("file").asString();
            Path target = media.resolve(name.substring("media/".length())).normalize();
            if (!target.startsWith(media)) {
                throw new BackupException("backup.path.outside", name);
            }
            try {
                Files.createDirectories(target.getParent());
                Files.copy(dir.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new BackupException(e, "backup.copy", name, target, e.getMessage());
            }
            files[0]++;
        });
        return files[0];
    }

    /** The version of the newest migration applied (Flyway reads its history table each time it is asked). */
    private String schema() {
        var current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i].replaceAll("\\D", "0")) : 0;
            long q = i < y.length ? Long.parseLong(y[i].replaceAll("\\D", "0")) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private interface LineAction {
        void accept(String line) throws IOException;
    }

    private static void forEachLine(Path file, LineAction action) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    action.accept(line);
                }
            }
        } catch (IOException e) {
            throw new BackupException(e, "backup.read", file, e.getMessage());
        }
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
