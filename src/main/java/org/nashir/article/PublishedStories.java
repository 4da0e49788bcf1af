package org.nashir.article;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published stories for machines, newest first, a page at a time. Pages are cut by keyset (the
 * publish time and id of the last story seen), so a story published meanwhile never shifts a page.
 */
@Service
@Transactional(readOnly = true)
public class PublishedStories {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

    private final ArticleRepository articles;

    PublishedStories(ArticleRepository articles) {
        this.articles = articles;
    }

    /** Where the previous page ended. */
    public record After(Instant publishedAt, long id) {
    }

    /** Every filter optional; {@code section} matches the primary section and the others alike. */
    public record Filter(Section section, Tag tag, Author author, Instant updatedSince) {
    }

    public List<Article> page(Filter filter, After after, int limit) {
        Specification<Article> where = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("status"), ArticleStatus.PUBLISHED));
            if (filter.section() != null) {
                all.add(cb.or(cb.equal(root.get("section"), filter.section()),
                        cb.isMember(filter.section(), root.<java.util.Collection<Section>>get("otherSections"))));
            }
            if (filter.tag() != null) {
                all.add(cb.isMember(filter.tag(), root.<java.util.Collection<Tag>>get("tags")));
            }
            if (filter.author() != null) {
                all.add(cb.isMember(filter.author(), root.<java.util.Collection<Author>>get("authors")));
            }
            if (filter.updatedSince() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("updatedAt"), filter.updatedSince()));
            }
            if (after != null) {
                all.add(cb.or(cb.lessThan(root.get("publishedAt"), after.publishedAt()),
                        cb.and(cb.equal(root.get("publishedAt"), after.publishedAt()), cb.lessThan(root.get("id"), after.id()))));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return articles.findBy(where, query -> query.sortBy(NEWEST_FIRST).limit(limit).all());
    }
}
