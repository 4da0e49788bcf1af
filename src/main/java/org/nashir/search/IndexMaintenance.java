package org.nashir.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.nashir.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database. At start-up, and every few minutes after, it compares what
 * the index holds with the database (how many stories, the sum of their versions, the analysis and variant
 * list it was built with) and rebuilds it when they differ: after a crash, a restore, a damaged index, a
 * new variant list, or a search cluster that was down while stories changed. Editors and operators can
 * also ask for a rebuild. One rebuild runs at a time across every node sharing the database: a node takes
 * a lease on the index's row in {@code search_index_build} and renews it while it works.
 */
@Component
public class IndexMaintenance implements DisposableBean {

    /** Raise when the analysis chain changes, so that every existing index is rebuilt once. */
    static final String ANALYSIS_VERSION = "arabic-6";
    /** Small archives are rebuilt before the site opens; large ones in the background while it serves. */
    private static final long REBUILD_BEFORE_OPENING_UP_TO = 50_000;

    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration SETTLING = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final NewsroomVariants variants;
    private final IndexRebuild rebuilds;
    private final ObjectProvider<ClusterAnalysis> cluster;
    private final Clock clock;
    private final Duration checkEvery;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "search-reindex");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Progress progress = Progress.NEVER;
    private Future<?> running;
    /** What the last check found wrong: a rebuild waits for two disagreements in a row. */
    private String lastFinding;

    IndexMaintenance(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, NewsroomVariants variants,
            IndexRebuild rebuilds, ObjectProvider<ClusterAnalysis> cluster, Clock clock, SearchProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.variants = variants;
        this.rebuilds = rebuilds;
        this.cluster = cluster;
        this.clock = clock;
        this.checkEvery = properties.checkEvery();
    }

    /** Where a rebuild stands; {@code done} and {@code total} count stories. */
    public record Progress(State state, long done, long total, Instant startedAt, Instant finishedAt, String reason) {
        static final Progress NEVER = new Progress(State.IDLE, 0, 0, null, null, null);

        public int percent() {
            return total == 0 ? (state == State.RUNNING ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }

        /** How long a running rebuild should still take, at the pace it has kept; null before it has one. */
        public Duration remaining(Instant now) {
            if (state != State.RUNNING || done == 0 || startedAt == null) {
                return null;
            }
            long elapsed = Duration.between(startedAt, now).toMillis();
            return Duration.ofMillis(elapsed * Math.max(0, total - done) / done);
        }
    }

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    public Progress progress() {
        return progress;
    }

    /**
     * Before the site opens: the index is created if missing and rebuilt if stale. When the search cluster
     * does not answer, the site opens all the same and the index is tried again until it answers.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildWhenStale() {
        try {
            rebuildWhenStale(REBUILD_BEFORE_OPENING_UP_TO);
        } catch (SearchException | SearchUnavailableException e) {
            log.warn("The search index cannot be reached ({}); the site opens without search and tries again",
                    why(e));
        }
        long every = checkEvery.toMillis();
        worker.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Compares the index with the database and rebuilds it when they differ, waiting for the rebuild when
     * the archive has at most {@code waitUpTo} stories; returns why it rebuilt, or null.
     */
    public String rebuildWhenStale(long waitUpTo) {
        rebuilds.createIfMissing();
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

    /**
     * The periodic check. Indexing follows each change a moment later (at once on the embedded index,
     * through the outbox on a cluster), so it counts stories that settled a minute ago, and a story deleted
     * just then may still be in the index: it rebuilds when two checks in a row disagree.
     */
    private void check() {
        try {
            rebuilds.createIfMissing();
            String why = staleness(clock.instant().minus(SETTLING));
            String confirmed = why != null && lastFinding != null ? why : null;
            lastFinding = why;
            if (confirmed != null) {
                log.warn("Rebuilding the search index: {}", confirmed);
                lastFinding = null;
                rebuild(confirmed);
            }
        } catch (RuntimeException e) {
            log.warn("Search index check failed: {}", why(e));
        }
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
        if (!claim(started)) {
            log.info("Another node is rebuilding the search index; this one leaves it to it");
            progress = new Progress(State.IDLE, 0, total, started, clock.instant(), reason);
            return;
        }
        progress = new Progress(State.RUNNING, 0, total, started, null, reason);
        try {
            AtomicLong done = new AtomicLong();
            AtomicLong renewed = new AtomicLong(started.toEpochMilli());
            String builtWith = builtWith();
            LongConsumer added = increment -> {
                progress = new Progress(State.RUNNING, done.addAndGet(increment), total, started, null, reason);
                long now = clock.millis();
                if (now - renewed.get() > LEASE.toMillis() / 3) {
                    renewed.set(now);
                    claim(Instant.ofEpochMilli(now));
                }
            };
            rebuilds.rebuild(added);
            jdbc.update("update search_index_build set built_with = ?, lease_holder = null, lease_until = null"
                    + " where index_name = ?", builtWith, StoryIndexMapping.INDEX);
            progress = new Progress(State.DONE, done.get(), total, started, clock.instant(), reason);
            log.info("Search index rebuilt: {} stories in {} ms", done.get(),
                    clock.millis() - started.toEpochMilli());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release();
            progress = new Progress(State.FAILED, progress.done(), total, started, clock.instant(), reason);
        } catch (RuntimeException e) {
            log.error("Search index rebuild failed", e);
            release();
            progress = new Progress(State.FAILED, progress.done(), total, started, clock.instant(), reason);
        }
    }

    /** Whether the index is a cluster's: only a cluster's node has configured its analysis. */
    private boolean onCluster() {
        ClusterAnalysis analysis = cluster.getIfAvailable();
        return analysis != null && analysis.configuredWith() != null;
    }

    /**
     * Takes (or renews) the rebuild lease for this node, forgetting what the index was built with until the
     * rebuild completes; false when another node holds an unexpired lease.
     */
    private boolean claim(Instant now) {
        return jdbc.update("update search_index_build set built_with = null, lease_holder = ?, lease_until = ?"
                + " where index_name = ? and (lease_holder is null or lease_holder = ? or lease_until < ?)",
                node, Timestamp.from(now.plus(LEASE)), StoryIndexMapping.INDEX, node, Timestamp.from(now)) == 1;
    }

    private void release() {
        jdbc.update("update search_index_build set lease_holder = null, lease_until = null"
                + " where index_name = ? and lease_holder = ?", StoryIndexMapping.INDEX, node);
    }

    /** Why the index cannot be trusted, or null when it agrees with the database. */
    String staleness() {
        return staleness(null);
    }

    /**
     * As {@link #staleness()}, counting only stories last changed before {@code settledBefore} (all when
     * null): a story saved a moment ago may still be on its way to the index, and must not count as lost.
     */
    private String staleness(Instant settledBefore) {
        List<String> built = jdbc.queryForList("select built_with from search_index_build where index_name = ?",
                String.class, StoryIndexMapping.INDEX);
        if (built.isEmpty() || built.get(0) == null) {
            return "no complete build recorded";
        }
        if (!built.get(0).equals(builtWith())) {
            return "built with another analysis or variant list";
        }
        long[] database = settledBefore == null
                ? jdbc.queryForObject("select count(*), coalesce(sum(version), 0) from article",
                        (row, n) -> new long[] {row.getLong(1), row.getLong(2)})
                : jdbc.queryForObject("select count(*), coalesce(sum(version), 0) from article where updated_at < ?",
                        (row, n) -> new long[] {row.getLong(1), row.getLong(2)}, Timestamp.from(settledBefore));
        long[] index = indexed(settledBefore);
        if (database[0] != index[0] || database[1] != index[1]) {
            return "the index holds " + index[0] + " stories (version sum " + index[1] + "), the database "
                    + database[0] + " (" + database[1] + ")";
        }
        return null;
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from article", Long.class);
    }

    /** Documents in the index and the sum of their story versions, of stories changed before a time if given. */
    private long[] indexed(Instant settledBefore) {
        AggregationKey<Long> versions = AggregationKey.of("versions");
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchResult<?> result = StorySearch.reach(() -> Search.session(entityManager).search(Article.class)
                    .where(f -> settledBefore == null ? f.matchAll()
                            : f.range().field(StoryFields.UPDATED_AT).lessThan(settledBefore))
                    .aggregation(versions, f -> f.sum().field(StoryFields.VERSION, Long.class))
                    .fetch(0));
            Long sum = result.aggregation(versions);
            return new long[] {result.total().hitCount(), sum == null ? 0 : sum};
        }
    }

    /**
     * The chain and variant list the index is built with. On a cluster the analysis is part of the index's
     * settings, fixed when the application started, so that is the list it counts.
     */
    private String builtWith() {
        // the tests' classpath has the cluster libraries on either backend; only a cluster's has configured anything
        return ANALYSIS_VERSION + " " + (onCluster() ? "opensearch " + cluster.getObject().configuredWith()
                : variants.fingerprint());
    }

    /** What went wrong as the operator's log should say it: the root cause, not the message readers are shown. */
    private static String why(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause == e ? e.getMessage() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
