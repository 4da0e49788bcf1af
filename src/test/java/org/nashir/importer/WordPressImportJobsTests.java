package org.nashir.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.nashir.shared.NotAllowedException;

class WordPressImportJobsTests {

    private static final Actor ADMINISTRATOR = new Actor(1, "chief", Role.ADMINISTRATOR);

    @TempDir
    Path uploads;

    /** An import that runs out of memory, as one reading /dev/zero as an image did. */
    private static final class ExhaustedImport extends WordPressImport {
        ExhaustedImport() {
            super(null, null, null, null, null, null, null, null, null, null);
        }

        @Override
        public WordPressReport run(Path file, MediaSource source, StoryImport.Listener listener) {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void anImportThatDiesOfAnErrorEndsItsJobSoTheNextOneCanStart() throws Exception {
        WordPressImportJobs jobs = new WordPressImportJobs(new ExhaustedImport(), Clock.systemUTC());
        try {
            Path export = Files.writeString(uploads.resolve("wordpress-1.xml"), "<rss/>");
            assertThat(jobs.start(ADMINISTRATOR, export, "export.xml", new WordPressImport.MediaSource(null, null))).isTrue();

            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (jobs.state().running() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(jobs.state().running()).as("still «running» after the error").isFalse();
            assertThat(jobs.state().error()).contains("توقف الاستيراد");
            assertThat(export).as("the upload is deleted").doesNotExist();

            Path next = Files.writeString(uploads.resolve("wordpress-2.xml"), "<rss/>");
            assertThat(jobs.start(ADMINISTRATOR, next, "next.xml", new WordPressImport.MediaSource(null, null))).as("the next import starts").isTrue();
        } finally {
            jobs.stop();
        }
    }

    @Test
    void onlyAnAdministratorStartsAnImportAndARefusedUploadIsNotKept() throws Exception {
        WordPressImportJobs jobs = new WordPressImportJobs(new ExhaustedImport(), Clock.systemUTC());
        try {
            Path export = Files.writeString(uploads.resolve("wordpress-3.xml"), "<rss/>");
            assertThatThrownBy(() -> jobs.start(new Actor(2, "editor", Role.EDITOR), export, "export.xml",
                    new WordPressImport.MediaSource(null, null))).isInstanceOf(NotAllowedException.class);
            assertThat(export).doesNotExist();
            assertThat(jobs.state().running()).isFalse();
        } finally {
            jobs.stop();
        }
    }
}
