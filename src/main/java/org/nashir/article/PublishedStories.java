package org.nashir.article;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published stories newest first, a page at a time, for the API, the reader's listings and the feeds. Pages
 * are cut by keyset (the publish time and id of the last story seen), so a story published meanwhile never
 * shifts an API page, and a deep page costs what the first one does.
 */
@Service
@Transactional(readOnly = true)
public class PublishedStories {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

    private final ArticleRepository articles;
    private final EntityManager entityManager;

    PublishedStories(ArticleRepository articles, EntityManager entityManager) {
        this.articles = articles;
        this.entityManager = entityManager;
    }

    /** Where the previous page ended. */
    public record After(Instant publishedAt, long id) {
    }

    /** Every filter optional; {@code section} matches the primary section and the others alike. */
    public record Filter(Section section, Tag tag, Author author, Instant updatedSince) {

        public static final Filter ALL = new Filter(null, null, null, null);

        public static Filter in(Section section) {
            return new Filter(section, null, null, null);
        }

        public static Filter by(Author author) {
            return new Filter(null, null, author, null);
        }

        public static Filter tagged(Tag tag) {
            return new Filter(null, tag, null, null);
        }
    }

    /** A listing's first stories, with what a card shows. */
    public List<Article> latest(Filter filter, int limit) {
        return page(filter, null, limit);
    }

    public List<Article> page(Filter filter, After after, int limit) {
        Specification<Article> cards = (root, query, cb) -> {
            // fetched in the query itself: an entity graph would have Hibernate translate it anew each time
            root.fetch("section");
            root.fetch("leadMedia", JoinType.LEFT);
            return null;
        };
        return articles.findBy(where(filter, after).and(cards), query -> query.sortBy(NEWEST_FIRST).limit(limit).all());
    }

    /**
     * A numbered page of a reader's listing (1 is the newest). The page itself is cut by keyset like the
     * API's; only the key it starts after is found by counting, on the publish time and id alone, so a deep
     * page never reads the stories it skips.
     */
    public Page<Article> numbered(Filter filter, int number, int size) {
        PageRequest request = PageRequest.of(number - 1, size);
        After after = null;
        if (number > 1) {
            after = keyAt(where(filter, null), request.getOffset() - 1);
            if (after == null) {
                return Page.empty(request);
            }
        }
        return PageableExecutionUtils.getPage(page(filter, after, size), request, () -> articles.count(where(filter, null)));
    }

    private After keyAt(Specification<Article> where, long offset) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Article> root = query.from(Article.class);
        query.multiselect(root.get("publishedAt"), root.get("id")).where(where.toPredicate(root, query, cb))
                .orderBy(cb.desc(root.get("publishedAt")), cb.desc(root.get("id")));
        return entityManager.createQuery(query).setFirstResult(Math.toIntExact(offset)).setMaxResults(1)
                .getResultList().stream().findFirst()
                .map(key -> new After(key.get(0, Instant.class), key.get(1, Long.class))).orElse(null);
    }

    private static Specification<Article> where(Filter filter, After after) {
        return (root, query, cb) -> {
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
    }
}
