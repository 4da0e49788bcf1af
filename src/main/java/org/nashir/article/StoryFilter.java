package org.nashir.article;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * The back office's story list filters when no words are searched (the index answers those); every one optional.
 * {@code visibleTo}, a staff account's id, keeps to what {@link ArticleDesk#canSee} lets a reporter or
 * contributor see: their own stories and published ones.
 */
public record StoryFilter(ArticleStatus status, Long sectionId, Long authorId, Instant from, Instant to, Long visibleTo,
        Long createdBy) {

    Specification<Article> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (visibleTo != null) {
                where.add(cb.or(cb.equal(root.get("createdBy"), visibleTo),
                        cb.equal(root.get("status"), ArticleStatus.PUBLISHED)));
            }
            if (createdBy != null) {
                where.add(cb.equal(root.get("createdBy"), createdBy));
            }
            // the trash is listed only when asked for
            where.add(status != null ? cb.equal(root.get("status"), status)
                    : cb.notEqual(root.get("status"), ArticleStatus.TRASHED));
            if (sectionId != null) {
                where.add(cb.equal(root.get("section").get("id"), sectionId));
            }
            if (authorId != null) {
                where.add(cb.equal(root.join("authors").get("id"), authorId));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("updatedAt"), from));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("updatedAt"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
