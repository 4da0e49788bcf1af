package org.nashir.cache;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nashir.shared.ChangedElsewhere;
import org.nashir.shared.SurrogateKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Carries page-cache purges between app nodes through the {@code page_purge} table, which every node shares
 * with the content itself: no broker to run, and it works on H2 and PostgreSQL alike. A node writes the keys
 * of each change committed on it and reads, twice a second, what the others wrote. A purge lost to a crash
 * between the commit and the write costs at most the page cache's time to live.
 */
@Component
class ClusterPurges {

    private static final Logger log = LoggerFactory.getLogger(ClusterPurges.class);
    private static final int MAX_TEXT = 4000;
    /** Ids are handed out before commit, so a lower one can become visible after a higher one: look back. */
    private static final int LOOK_BACK = 100;
    private static final Duration KEEP = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final PageCache pages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Set<Long> applied = new LinkedHashSet<>();
    private long seen = -1;
    private long lastCleanup;

    ClusterPurges(JdbcTemplate jdbc, PageCache pages, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.events = events;
        this.clock = clock;
    }

    /** Tells the other nodes; this node has emptied its own cache already. */
    void send(Set<String> keys) {
        String text = String.join(" ", keys);
        if (text.length() > MAX_TEXT) {
            text = SurrogateKeys.SITE;
        }
        try {
            jdbc.update("insert into page_purge (origin, surrogate_keys, created_at) values (?, ?, ?)", node, text,
                    Timestamp.from(clock.instant()));
        } catch (DataAccessException e) {
            log.warn("Other nodes were not told to empty {}: {}; their copies expire on their own", keys,
                    e.getMessage());
        }
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${nashir.cache.cluster-poll:PT0.5S}")
    synchronized void receive() {
        try {
            if (seen < 0) {
                seen = jdbc.queryForObject("select coalesce(max(id), 0) from page_purge", Long.class);
                return;
            }
            List<Object[]> rows = jdbc.query(
                    "select id, origin, surrogate_keys from page_purge where id > ? order by id",
                    (row, n) -> new Object[] {row.getLong(1), row.getString(2), row.getString(3)},
                    seen - LOOK_BACK);
            for (Object[] row : rows) {
                long id = (Long) row[0];
                seen = Math.max(seen, id);
                if (!applied.add(id) || node.equals(row[1])) {
                    continue;
                }
                Set<String> keys = Set.copyOf(Arrays.asList(((String) row[2]).split(" ")));
                pages.purge(keys);
                events.publishEvent(new ChangedElsewhere(keys));
            }
            while (applied.size() > 4 * LOOK_BACK) {
                applied.remove(applied.iterator().next());
            }
            cleanUp();
        } catch (DataAccessException e) {
            log.debug("Purges of other nodes not read this time: {}", e.getMessage());
        }
    }

    private void cleanUp() {
        long now = clock.millis();
        if (now - lastCleanup > KEEP.toMillis() / 6) {
            lastCleanup = now;
            jdbc.update("delete from page_purge where created_at < ?",
                    Timestamp.from(clock.instant().minus(KEEP)));
        }
    }
}
