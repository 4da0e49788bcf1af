package org.nashir.reads;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts readings in memory and adds them to the hour's row every {@code nashir.reads.flush-every}. Only a published
 * story's reading is kept; a robot's, or the same reader's again within {@link #AGAIN_AFTER_MINUTES} minutes, is not.
 * Readers are told apart by a hash of their address and browser, held in memory only for that half hour.
 */
@Component
public class ReadCounter {

    /** Robots that say so: search engines, link previews, feed readers, monitors and command-line clients. */
    private static final Pattern ROBOT = Pattern.compile(
            "(?i)bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|feed|monitor|curl|wget|python|java/|java-http-client|go-http|okhttp|axios|node-fetch|headless(?!chrome)|lighthouse|pingdom");
    private static final long AGAIN_AFTER_MINUTES = 30;
    private static final int READERS_REMEMBERED = 100_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ReadsProperties properties;
    private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final Map<Reading, Instant> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Reading, Instant> eldest) {
            return size() > READERS_REMEMBERED;
        }
    };

    private record Reading(long storyId, long reader) {
    }

    ReadCounter(JdbcTemplate jdbc, Clock clock, ReadsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Counts a reading of the story, unless a robot's or a repeat; says whether it counted. */
    public boolean count(long storyId, String address, String userAgent) {
        if (userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent).find()) {
            return false;
        }
        Instant now = clock.instant();
        Reading reading = new Reading(storyId, ((long) String.valueOf(address).hashCode() << 32) ^ userAgent.hashCode());
        synchronized (recent) {
            Instant last = recent.get(reading);
            if (last != null && last.isAfter(now.minus(AGAIN_AFTER_MINUTES, ChronoUnit.MINUTES))) {
                return false;
            }
            recent.remove(reading);
            recent.put(reading, now);
        }
        pending.computeIfAbsent(storyId, id -> new LongAdder()).increment();
        return true;
    }

    /**
     * Adds what was counted since the last time to this hour's rows. A row is updated, or inserted when the hour
     * has none yet, for a published story only; another node's insert of the same row meanwhile is met by updating it.
     */
    @Scheduled(initialDelayString = "${nashir.reads.flush-every:PT10S}", fixedDelayString = "${nashir.reads.flush-every:PT10S}")
    public void flush() {
        Timestamp hour = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.HOURS));
        for (Long storyId : pending.keySet()) {
            long reads = pending.remove(storyId).sum();
            if (jdbc.update("update story_read set reads = reads + ? where article_id = ? and read_hour = ?",
                    reads, storyId, hour) > 0) {
                continue;
            }
            try {
                jdbc.update("insert into story_read (article_id, read_hour, reads) select id, ?, ? from article"
                        + " where id = ? and status = 'PUBLISHED'", hour, reads, storyId);
            } catch (DuplicateKeyException e) {
                jdbc.update("update story_read set reads = reads + ? where article_id = ? and read_hour = ?",
                        reads, storyId, hour);
            }
        }
    }

    /** Hours older than {@code nashir.reads.keep} go; the ranking never looks back further than a week. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    public void prune() {
        jdbc.update("delete from story_read where read_hour < ?", Timestamp.from(clock.instant().minus(properties.keep())));
        synchronized (recent) {
            Instant forgotten = clock.instant().minus(AGAIN_AFTER_MINUTES, ChronoUnit.MINUTES);
            recent.values().removeIf(seen -> seen.isBefore(forgotten));
        }
    }
}
