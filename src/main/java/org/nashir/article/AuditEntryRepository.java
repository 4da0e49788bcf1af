package org.nashir.article;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByArticleIdOrderByHappenedAtDescIdDesc(long articleId);

    List<AuditEntry> findAllByOrderByHappenedAtDescIdDesc(Pageable page);
}
