package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.security.Role;

/** The back office's WordPress import: administrators only, in the background, with the report on the page. */
class ImportAdminIntegrationTests extends IntegrationTest {

    @Test
    void anAdministratorUploadsAnExportAndReadsTheReportWhenItIsDone() throws IOException, InterruptedException {
        StaffSession admin = StaffSession.signedIn(port, fixtures.staff(Role.ADMINISTRATOR).username(), Fixtures.PASSWORD);
        admin.get("/admin/import");
        byte[] export = Files.readString(Path.of("src/test/resources/wordpress/export.xml"))
                .replace("https://akhbar.example", "https://upload" + Fixtures.unique() + ".example")
                .getBytes(StandardCharsets.UTF_8);

        // nothing listens on port 9: the images are reported missing and the stories come in without them
        HttpResponse<String> started = admin.upload("/admin/import", Map.of("mediaBaseUrl", "http://127.0.0.1:9/uploads"),
                "file", "akhbar.xml", export);

        assertThat(started.statusCode()).isEqualTo(302);
        Document page = admin.page("/admin/import");
        for (int i = 0; i < 120 && page.selectFirst("progress") != null; i++) {
            Thread.sleep(250);
            page = admin.page("/admin/import");
        }
        String report = page.selectFirst("#report-title").parent().text();
        assertThat(report).contains("تقرير استيراد akhbar.xml", "المنشورات: 8؛ استُورد 8", "الصور المنسوخة: 0، والمفقودة: 6");
        assertThat(page.select("table").eachText()).anySatisfy(t -> assertThat(t).contains("منشور 4", "مجدول 1"))
                .anySatisfy(t -> assertThat(t).contains("اقتباس 4", "عنوان فرعي 4"))
                .anySatisfy(t -> assertThat(t).contains("event 1", "page 1"));
    }

    @Test
    void onlyAdministratorsMayImportAndAnEmptyFormIsRefusedInArabic() {
        StaffSession editor = StaffSession.signedIn(port, fixtures.staff(Role.EDITOR).username(), Fixtures.PASSWORD);
        assertThat(editor.get("/admin/import").statusCode()).isEqualTo(403);

        StaffSession admin = StaffSession.signedIn(port, fixtures.staff(Role.ADMINISTRATOR).username(), Fixtures.PASSWORD);
        Document form = admin.page("/admin/import");
        HttpResponse<String> empty = admin.upload("/admin/import", Map.of("mediaBaseUrl", ""), "file", "empty.xml", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("اختر ملف التصدير");
        assertThat(form.select("form[action=/admin/import] input[type=file]")).hasSize(1);
    }
}
