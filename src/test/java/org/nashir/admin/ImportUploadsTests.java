package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashir.shared.NashirProperties;

class ImportUploadsTests {

    @TempDir
    Path data;

    @Test
    void exportsLeftByAServerStoppedMidImportAreClearedAtStartAndNothingElse() throws IOException {
        Path imports = Files.createDirectories(data.resolve("imports"));
        Path left = Files.writeString(imports.resolve("wordpress-123.xml"), "<rss/>");
        Path other = Files.writeString(imports.resolve("notes.txt"), "ملاحظات المشغّل");

        new ImportAdminController(null, null, new NashirProperties(data, false, null));

        assertThat(left).doesNotExist();
        assertThat(other).exists();
    }
}
