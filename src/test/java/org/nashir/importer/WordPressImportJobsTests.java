package org.nashir.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPressImportJobsTests {

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
            assertThat(jobs.start(export, "export.xml", new WordPressImport.MediaSource(null, null))).isTrue();

            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (jobs.state().running() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(jobs.state().running()).as("still «running» after the error").isFalse();
            assertThat(jobs.state().error()).contains("توقف الاستيراد");
            assertThat(export).as("the upload is deleted").doesNotExist();

            Path next = Files.writeString(uploads.resolve("wordpress-2.xml"), "<rss/>");
            assertThat(jobs.start(next, "next.xml", new WordPressImport.MediaSource(null, null))).as("the next import starts").isTrue();
        } finally {
            jobs.stop();
        }
    }
}
