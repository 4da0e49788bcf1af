package org.nashir.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashir.IntegrationTest;
import org.nashir.TestDatabase;
import org.nashir.TestSites;
import org.nashir.importer.WordPressImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole site out and back: a site with the demo content and an imported WordPress archive is
 * exported, restored into an empty site on the other database (H2 to PostgreSQL, or back), and serves
 * the same reader pages byte for byte; its own export is the same files.
 */
class SiteBackupIntegrationTests extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    SiteBackup backup;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void aRestoredSiteOnTheOtherDatabaseServesTheSamePagesAndExportsTheSameFiles() throws IOException {
        try (ConfigurableApplicationContext source = start(TestDatabase.kind(), true);
                ConfigurableApplicationContext target = start(TestDatabase.otherKind(), false)) {
            source.getBean(WordPressImport.class).run(Path.of("src/test/resources/wordpress/export.xml"),
                    new WordPressImport.MediaSource(Path.of("src/test/resources/wordpress/uploads"), null), (f, i, r) -> { });
            Path first = temp.resolve("first");
            SiteBackup.Summary exported = source.getBean(SiteBackup.class).export(first, false);
            assertThat(exported.rows().get("article")).isGreaterThan(8);
            assertThat(exported.rows().get("legacy_url")).isGreaterThan(40);
            assertThat(exported.mediaFiles()).isGreaterThan(5);

            SiteBackup.Summary restored = target.getBean(SiteBackup.class).restore(first, false);

            assertThat(restored.rows()).isEqualTo(exported.rows());
            List<String> pages = readerPages(source);
            for (String page : pages) {
                assertThat(body(target, page)).as(page).isEqualTo(body(source, page));
            }
            assertThat(pages).hasSizeGreaterThan(20);
            Path second = temp.resolve("second");
            target.getBean(SiteBackup.class).export(second, false);
            assertThat(files(second)).isEqualTo(files(first));
            // the restored site goes on numbering after the restored stories
            JdbcTemplate restoredDatabase = target.getBean(JdbcTemplate.class);
            long highest = restoredDatabase.queryForObject("select max(id) from section", Long.class);
            restoredDatabase.update("insert into section (name, slug, position) values ('جديد', 'new-after-restore', 99)");
            assertThat(restoredDatabase.queryForObject("select max(id) from section", Long.class)).isGreaterThan(highest);
        }
    }

    @Test
    void refusesToRestoreOverASiteWithContentUnlessForcedAndATamperedBackupAltogether() throws IOException {
        fixtures.article(fixtures.section("قسم " + org.nashir.Fixtures.unique())).headline("خبر قبل الاستعادة").save();
        Path dir = temp.resolve("backup");
        backup.export(dir, false);

        assertThatThrownBy(() -> backup.restore(dir, false)).isInstanceOf(BackupException.class).hasMessageContaining("--force");

        Path stories = dir.resolve("tables/article.jsonl");
        Files.writeString(stories, Files.readString(stories).replace("خبر قبل الاستعادة", "خبر مُعدَّل"));
        assertThatThrownBy(() -> backup.restore(dir, true)).isInstanceOf(BackupException.class).hasMessageContaining("البصمة");
        assertThat(jdbc.queryForObject("select count(*) from article where headline = ?", Integer.class, "خبر قبل الاستعادة"))
                .isEqualTo(1);

        assertThatThrownBy(() -> backup.restore(temp.resolve("nowhere"), true)).isInstanceOf(BackupException.class)
                .hasMessageContaining("manifest.json");
        assertThatThrownBy(() -> backup.export(dir, false)).isInstanceOf(BackupException.class).hasMessageContaining("غير فارغ");
    }

    @Test
    void leavesPasswordHashesOutUnlessAsked() throws IOException {
        fixtures.staff(org.nashir.security.Role.EDITOR);
        backup.export(temp.resolve("without"), false);
        backup.export(temp.resolve("with"), true);

        assertThat(Files.readString(temp.resolve("without/tables/app_user.jsonl"))).contains("\"password_hash\":null")
                .doesNotContain("{bcrypt}");
        assertThat(Files.readString(temp.resolve("with/tables/app_user.jsonl"))).contains("{bcrypt}");
        assertThat(Files.readString(temp.resolve("without/manifest.json"))).contains("\"password_hashes\" : false");
    }

    private static ConfigurableApplicationContext start(String kind, boolean demo) {
        return TestSites.start(kind, Map.of("nashir.demo", Boolean.toString(demo)));
    }

    /** Every reader page of the site: home, each published story, section, tag and author page, feeds and sitemaps. */
    private static List<String> readerPages(ConfigurableApplicationContext site) {
        JdbcTemplate db = site.getBean(JdbcTemplate.class);
        List<String> pages = new ArrayList<>(List.of("/", "/feed", "/feed/atom", "/sitemap.xml", "/sitemaps/news.xml",
                "/sitemaps/sections-authors-tags.xml"));
        db.queryForList("select id from article where status = 'PUBLISHED'", Long.class).forEach(id -> pages.add("/a/" + id));
        db.queryForList("select slug from section", String.class).forEach(slug -> pages.add("/" + org.nashir.shared.Slugs.encode(slug)));
        db.queryForList("select slug from tag", String.class).forEach(slug -> pages.add("/tag/" + org.nashir.shared.Slugs.encode(slug)));
        db.queryForList("select slug from author", String.class).forEach(slug -> pages.add("/author/" + org.nashir.shared.Slugs.encode(slug)));
        return pages;
    }

    /** The page as a reader gets it, following the short link's redirect, with this server's port taken out. */
    private static String body(ConfigurableApplicationContext site, String path) {
        int port = TestSites.port(site);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 301) {
                return body(site, response.headers().firstValue("Location").orElseThrow().replaceFirst("^http://[^/]+", ""));
            }
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            // the share links carry the address encoded
            return response.body().replace("localhost:" + port, "localhost:PORT").replace("localhost%3A" + port, "localhost%3APORT");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
