package org.nashir.importer;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.nashir.security.Actor;
import org.nashir.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * WordPress imports started from the back office: one at a time, in the background, so that a large
 * archive does not hold a request open; the page asks here how far it has got and, at the end, for the report.
 */
@Service
public class WordPressImportJobs {

    /** Where the import started from the back office stands; {@code report} once it has finished. */
    public record State(boolean running, String fileName, double fraction, long imported, long failed,
            Instant startedAt, WordPressReport report, String error) {

        static final State NONE = new State(false, null, 0, 0, 0, null, null, null);

        public int percent() {
            return (int) Math.round(fraction * 100);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(WordPressImportJobs.class);

    private final WordPressImport importer;
    private final Clock clock;
    private final AtomicReference<State> state = new AtomicReference<>(State.NONE);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wordpress-import");
        thread.setDaemon(true);
        return thread;
    });

    WordPressImportJobs(WordPressImport importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    public State state() {
        return state.get();
    }

    /**
     * Starts importing {@code file}, which becomes this service's to delete; false (and the file deleted)
     * when an import is already running.
     */
    public boolean start(Actor by, Path file, String fileName, WordPressImport.MediaSource media) throws IOException {
        // an import writes stories, bylines and redirects site-wide: the administrators' to start
        if (!by.role().canManageSite()) {
            Files.deleteIfExists(file); // the file is this service's to delete, refused or not
            by.requireAdministrator();
        }
        State running = new State(true, fileName, 0, 0, 0, clock.instant(), null, null);
        State before = state.get();
        if (before.running() || !state.compareAndSet(before, running)) {
            Files.deleteIfExists(file);
            return false;
        }
        worker.execute(() -> {
            try {
                WordPressReport report = importer.run(file, media, (fraction, imported, failed) ->
                        state.set(new State(true, fileName, fraction, imported, failed, running.startedAt(), null, null)));
                state.set(new State(false, fileName, 1, report.imported(), report.failed(), running.startedAt(), report, null));
            } catch (IOException | RuntimeException e) {
                log.error("WordPress import of {} failed", fileName, e);
                state.set(new State(false, fileName, 0, 0, 0, running.startedAt(), null,
                        Messages.text("import.stopped")));
            } finally {
                if (state.get().running()) {
                    // an Error (out of memory, say) passed the catch: the job ends all the same, so the next can start
                    state.set(new State(false, fileName, 0, 0, 0, running.startedAt(), null,
                            Messages.text("import.stopped")));
                }
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete the uploaded export {}", file);
                }
            }
        });
        return true;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
