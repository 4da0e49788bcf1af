package org.nashir.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.nashir.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database. At start-up it compares what the index holds with the
 * database (how many stories, the sum of their versions, the analysis and variant list it was built with)
 * and rebuilds it when they differ: after a crash, a restore, a damaged index or a new variant list.
 * Editors and operators can also ask for a rebuild; one runs at a time, and its progress can be watched.
 */
@Component
public class IndexMaintenance implements DisposableBean {

    /** Raise when the analysis chain changes, so that every existing index is rebuilt once. */
    static final String ANALYSIS_VERSION = "arabic-2";
    /** Small archives are rebuilt before the site opens; large ones in the background while it serves. */
    private static final long REBUILD_BEFORE_OPENING_UP_TO = 50_000;

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final NewsroomVariants variants;
    private final Clock clock;
    private final Path stamp;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-reindex");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Progress progress = Progress.NEVER;
    private Future<?> running;

    IndexMaintenance(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, NewsroomVariants variants,
            Clock clock, IndexInspection inspection) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.variants = variants;
        this.clock = clock;
        this.stamp = inspection.root().resolve(StoryIndexMapping.INDEX + ".built-with");
    }

    /** Where a rebuild stands; {@code done} and {@code total} count stories. */
    public record Progress(State state, long done, long total, Instant startedAt, Instant finishedAt, String reason) {
        static final Progress NEVER = new Progress(State.IDLE, 0, 0, null, null, null);

        public int percent() {
            return total == 0 ? (state == State.RUNNING ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    public Progress progress() {
        return progress;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildWhenStale() {
        rebuildWhenStale(REBUILD_BEFORE_OPENING_UP_TO);
    }

    /**
     * Compares the index with the database and rebuilds it when they differ, waiting for the rebuild when
     * the archive has at most {@code waitUpTo} stories; returns why it rebuilt, or null.
     */
    public String rebuildWhenStale(long waitUpTo) {
        String why = staleness();
        if (why == null) {
            return null;
        }
        log.info("Rebuilding the search index: {}", why);
        Future<?> started = start(why);
        // counted only now: an index in step costs start-up no scan of the article table
        if (started != null && count() <= waitUpTo) {
            await(started);
        }
        return why;
    }

    /** Starts a rebuild unless one is running; returns null when one already was. */
    public synchronized Future<?> start(String reason) {
        if (running != null && !running.isDone()) {
            return null;
        }
        // running from now, not from when the worker picks it up: whoever asked sees it at once
        progress = new Progress(State.RUNNING, 0, 0, clock.instant(), null, reason);
        running = worker.submit(() -> rebuild(reason));
        return running;
    }

    /** Rebuilds now, in the caller's thread of control; for the command line. */
    public Progress rebuildAndWait(String reason) {
        Future<?> started = start(reason);
        await(started != null ? started : running);
        return progress;
    }

    private void await(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            log.error("Search index rebuild failed", e.getCause());
        }
    }

    private void rebuild(String reason) {
        long total = count();
        Instant started = clock.instant();
        progress = new Progress(State.RUNNING, 0, total, started, null, reason);
        try {
            Files.deleteIfExists(stamp);
            AtomicLong done = new AtomicLong();
            Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(200)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            progress = new Progress(State.RUNNING, done.addAndGet(increment), total, started, null,
                                    reason);
                        }

                        @Override
                        public void documentsBuilt(long increment) {
                        }

                        @Override
                        public void entitiesLoaded(long increment) {
                        }

                        @Override
                        public void indexingCompleted() {
                        }
                    })
                    .startAndWait();
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, builtWith(), StandardCharsets.UTF_8);
            progress = new Progress(State.DONE, done.get(), total, started, clock.instant(), reason);
            log.info("Search index rebuilt: {} stories in {} ms", done.get(),
                    clock.millis() - started.toEpochMilli());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress = new Progress(State.FAILED, progress.done(), total, started, clock.instant(), reason);
        } catch (IOException | RuntimeException e) {
            log.error("Search index rebuild failed", e);
            progress = new Progress(State.FAILED, progress.done(), total, started, clock.instant(), reason);
        }
    }

    /** Why the index cannot be trusted, or null when it agrees with the database. */
    String staleness() {
        try {
            if (!Files.exists(stamp)) {
                return "no complete build recorded";
            }
            if (!Files.readString(stamp, StandardCharsets.UTF_8).equals(builtWith())) {
                return "built with another analysis or variant list";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] database = jdbc.queryForObject("select count(*), coalesce(sum(version), 0) from article",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
        long[] index = indexed();
        if (database[0] != index[0] || database[1] != index[1]) {
            return "the index holds " + index[0] + " stories (version sum " + index[1] + "), the database "
                    + database[0] + " (" + database[1] + ")";
        }
        return null;
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from article", Long.class);
    }

    /** Documents in the index and the sum of their story versions, read from the doc values. */
    private long[] indexed() {
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            long sum = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedNumericDocValues versions = DocValues.getSortedNumeric(leaf.reader(), StoryFields.VERSION);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = versions.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = versions.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        sum += versions.nextValue();
                    }
                }
            }
            return new long[] {reader.numDocs(), sum};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String builtWith() {
        return ANALYSIS_VERSION + " " + variants.fingerprint();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
