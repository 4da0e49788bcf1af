package org.nashir.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.shared.NashirProperties;
import org.springframework.beans.factory.annotation.Autowired;

/** What an upload killed half-way leaves in the media folder goes, once no upload could still be writing it. */
class MediaSweepIntegrationTests extends IntegrationTest {

    @Autowired
    MediaSweep sweep;
    @Autowired
    NashirProperties properties;

    @Test
    void filesNoImageNamesGoOnceOldAndEverythingElseStays() throws Exception {
        MediaAsset kept = fixtures.image("صورة باقية", null, null);
        Path media = properties.dataDir().resolve("media");
        Path orphanOriginal = media.resolve("originals").resolve("0123456789abcdef0123456789abcdef");
        Path orphanVariants = media.resolve("variants").resolve("0123456789abcdef0123456789abcdef");
        Path halfWritten = media.resolve("originals").resolve("upload123.tmp");
        Path halfVariant = media.resolve("variants").resolve(kept.fileKey()).resolve("variant456.tmp");
        Path young = media.resolve("originals").resolve("fedcba9876543210fedcba9876543210");
        Files.write(orphanOriginal, new byte[] {1});
        Files.createDirectories(orphanVariants);
        Files.write(orphanVariants.resolve("320.jpg"), new byte[] {1});
        Files.write(halfWritten, new byte[] {1});
        Files.write(halfVariant, new byte[] {1});
        Files.write(young, new byte[] {1});
        FileTime longAgo = FileTime.from(Instant.now().minus(MediaSweep.GRACE).minusSeconds(60));
        for (Path path : new Path[] {orphanOriginal, orphanVariants, halfWritten, halfVariant}) {
            Files.setLastModifiedTime(path, longAgo);
        }
        // the kept image's own files are as old as anything, and stay
        Files.setLastModifiedTime(media.resolve("originals").resolve(kept.fileKey()), longAgo);
        Files.setLastModifiedTime(media.resolve("variants").resolve(kept.fileKey()), longAgo);

        sweep.sweep();

        assertThat(orphanOriginal).doesNotExist();
        assertThat(orphanVariants).doesNotExist();
        assertThat(halfWritten).doesNotExist();
        assertThat(halfVariant).doesNotExist();
        assertThat(young).as("maybe an upload still being written").exists();
        assertThat(media.resolve("originals").resolve(kept.fileKey())).exists();
        assertThat(media.resolve("variants").resolve(kept.fileKey()).resolve("320.jpg")).exists();
        Files.delete(young);
    }
}
