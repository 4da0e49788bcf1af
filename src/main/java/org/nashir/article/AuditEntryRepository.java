package org.nashir.article;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByArticleIdOrderByHappenedAtDescIdDesc(long articleId);

    List<AuditEntry> findAllByOrderByHappenedAtDescIdDesc(Pageable page);

    /**
     * What the newsroom tells someone: to an editor, every story sent for review; to anyone, what someone else did
     * to a story they wrote (sent back, published, scheduled, unpublished, moved, put in the trash). With the story,
     * which must still exist.
     */
    String NOTICES = """
            from AuditEntry e, Article a where a.id = e.articleId and e.happenedAt > :since and e.actor <> :username
            and ((:editor = true and e.action = 'SUBMITTED') or (a.createdBy = :userId and e.action in
            ('RETURNED_TO_DRAFT', 'PUBLISHED', 'SCHEDULED', 'UNPUBLISHED', 'MOVED', 'TRASHED')))""";

    @Query("select e, a.headline " + NOTICES + " order by e.happenedAt desc, e.id desc")
    List<Object[]> notices(boolean editor, long userId, String username, Instant since, Pageable page);

    @Query("select count(e) " + NOTICES)
    long countNotices(boolean editor, long userId, String username, Instant since);
}
