package org.nashir.reads;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The most read stories: today's (the last 24 hours) and this week's, by id, most read first. Each node asks the
 * database at most once every {@code nashir.reads.rank-every}; the pages that show the lists are cached no longer.
 * The ids may include a story unpublished since: the pages keep only published ones.
 */
@Service
public class MostRead {

    /** Asked for more than a list shows, so that one unpublished since still leaves it full. */
    private static final int RANKED = 20;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration rankEvery;
    private volatile Ranking ranking;

    /** {@code at}: when it was asked. */
    public record Ranking(List<Long> today, List<Long> week, Instant at) {
    }

    /** A story's readings in the last hour and in the last 24. */
    public record Reading(long storyId, long lastHour, long today) {
    }

    MostRead(JdbcTemplate jdbc, Clock clock, ReadsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rankEvery = properties.rankEvery();
    }

    public Ranking ranking() {
        Instant now = clock.instant();
        Ranking current = ranking;
        if (current == null || !current.at().plus(rankEvery).isAfter(now)) {
            current = new Ranking(top(now.minus(1, ChronoUnit.DAYS)), top(now.minus(7, ChronoUnit.DAYS)), now);
            ranking = current;
        }
        return current;
    }

    /** What the newsroom watches: the stories read in the last hour, most read first, fresh from the database. */
    public List<Reading> now(int limit) {
        Instant now = clock.instant();
        Timestamp hour = since(now.minus(1, ChronoUnit.HOURS));
        return jdbc.query("select article_id, sum(case when read_hour >= ? then reads else 0 end) as last_hour,"
                        + " sum(reads) as today from story_read where read_hour >= ? group by article_id"
                        + " having sum(case when read_hour >= ? then reads else 0 end) > 0"
                        + " order by last_hour desc, today desc, article_id desc limit ?",
                (row, n) -> new Reading(row.getLong(1), row.getLong(2), row.getLong(3)),
                hour, since(now.minus(1, ChronoUnit.DAYS)), hour, limit);
    }

    private List<Long> top(Instant since) {
        return jdbc.queryForList("select article_id from story_read where read_hour >= ? group by article_id"
                + " order by sum(reads) desc, article_id desc limit ?", Long.class, since(since), RANKED);
    }

    /** From the start of the hour {@code at} falls in: counts are kept by the hour. */
    private static Timestamp since(Instant at) {
        return Timestamp.from(at.truncatedTo(ChronoUnit.HOURS));
    }
}
