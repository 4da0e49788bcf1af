package org.nashir.article;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.nashir.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has a story open in the editor. Each open editor beats every half minute; one not heard from for
 * {@link #TIMEOUT} has left. The first to open a story holds it, and the others are told who is editing it
 * since when; a takeover moves the hold and is written to the story's audit log. Kept in the database, so
 * every app node of a cluster sees the same newsroom.
 */
@Service
public class Presence {

    public static final Duration TIMEOUT = Duration.ofSeconds(90);

    /** Somebody with the story open: since when, and whether they hold it. */
    public record Present(long userId, String name, Instant since, boolean holds) {
    }

    /** What one editor is told: whether they hold the story, and who else has it open. */
    public record Status(boolean youHold, List<Present> others) {

        /** The one holding it, when that is somebody else. */
        public Present holder() {
            return others.stream().filter(Present::holds).findFirst().orElse(null);
        }
    }

    private final JdbcTemplate jdbc;
    private final AuditEntryRepository audit;
    private final Clock clock;

    Presence(JdbcTemplate jdbc, AuditEntryRepository audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Status beat(Actor actor, String name, long articleId) {
        Instant now = clock.instant();
        jdbc.update("delete from story_presence where article_id = ? and seen_at < ?", articleId,
                Timestamp.from(now.minus(TIMEOUT)));
        if (jdbc.update("update story_presence set seen_at = ? where article_id = ? and user_id = ?", Timestamp.from(now),
                articleId, actor.userId()) == 0) {
            jdbc.update("insert into story_presence (article_id, user_id, display_name, opened_at, seen_at, holds)"
                    + " values (?, ?, ?, ?, ?, false)", articleId, actor.userId(), name, Timestamp.from(now),
                    Timestamp.from(now));
        }
        List<Present> present = present(articleId);
        if (present.stream().noneMatch(Present::holds) && !present.isEmpty()) {
            jdbc.update("update story_presence set holds = true where article_id = ? and user_id = ?", articleId,
                    present.get(0).userId());
            present = present(articleId);
        }
        return status(actor, present);
    }

    @Transactional
    public void leave(Actor actor, long articleId) {
        jdbc.update("delete from story_presence where article_id = ? and user_id = ?", articleId, actor.userId());
    }

    /** A deleted story has nobody in it. */
    @Transactional
    public void forget(long articleId) {
        jdbc.update("delete from story_presence where article_id = ?", articleId);
    }

    /** Takes the story over from whoever holds it; the log keeps who took it from whom. */
    @Transactional
    public Status takeOver(Actor actor, String name, long articleId) {
        Present holder = beat(actor, name, articleId).holder();
        jdbc.update("update story_presence set holds = (user_id = ?) where article_id = ?", actor.userId(), articleId);
        audit.save(new AuditEntry(articleId, actor.username(), "TOOK_OVER", holder == null ? null : holder.name(),
                clock.instant()));
        return status(actor, present(articleId));
    }

    private List<Present> present(long articleId) {
        return jdbc.query("select user_id, display_name, opened_at, holds from story_presence where article_id = ?"
                + " order by opened_at, user_id", (row, n) -> new Present(row.getLong(1), row.getString(2),
                        row.getTimestamp(3).toInstant(), row.getBoolean(4)), articleId);
    }

    private static Status status(Actor actor, List<Present> present) {
        return new Status(present.stream().anyMatch(p -> p.userId() == actor.userId() && p.holds()),
                present.stream().filter(p -> p.userId() != actor.userId()).toList());
    }
}
