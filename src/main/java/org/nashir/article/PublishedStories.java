package org.nashir.article;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published stories newest first, a page at a time, for the API, the reader's listings and the feeds. Pages
 * are cut by keyset (the publish time and id of the last story seen), so a story published meanwhile never
 * shifts an API page, and a deep page costs what the first one does.
 *
 * <p>The queries are JPQL text put together from the filter's parts, not criteria: Hibernate keeps each
 * text's plan, while a criteria query is built, copied and compared anew on every call, which made a cold
 * section page three times slower.
 */
@Service
@Transactional(readOnly = true)
public class PublishedStories {

    /**
     * The status first although every query here fixes it: H2 follows an index's order only when the order
     * starts with the index's leading columns, and without it sorted every published story for each page.
     */
    static final String NEWEST_FIRST = " order by a.status, a.publishedAt desc, a.id desc";

    private final EntityManager entityManager;
    private final ArticleRepository articles;

    PublishedStories(EntityManager entityManager, ArticleRepository articles) {
        this.entityManager = entityManager;
        this.articles = articles;
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

    /** A published story by id. */
    public Optional<Article> find(long id) {
        return articles.findPublished(id);
    }

    /** Published stories that show an image of the media library, as their lead or in the body. */
    public List<Article> usingImage(long mediaId) {
        return articles.findUsingMedia(mediaId).stream().filter(a -> a.status() == ArticleStatus.PUBLISHED).toList();
    }

    /** Per calendar month in UTC: year, month, how many were published, and the last change among them. */
    public List<Object[]> countByMonth() {
        return articles.countPublishedByMonth();
    }

    /** Published from {@code from} (included) to {@code to}, oldest first, a page at a time, with cards' details. */
    public List<Article> between(Instant from, Instant to, int page, int size) {
        return articles.findPublishedBetween(from, to, PageRequest.of(page, size));
    }

    /** Published since, newest first, at most {@code limit}. */
    public List<Article> since(Instant since, int limit) {
        return articles.findPublishedSince(since, PageRequest.of(0, limit));
    }

    /** Authors with at least one published story. */
    public List<Author> authorsInUse() {
        return articles.findAuthorsInUse();
    }

    /** Tags with at least one published story. */
    public List<Tag> tagsInUse() {
        return articles.findTagsInUse();
    }

    /** The newest published stories, with what a card shows. */
    public List<Article> newest(int limit) {
        return articles.findNewest(limit);
    }

    /** The newest published stories of each section, as many as its limit, for the home page's blocks. */
    public Map<Section, List<Article>> newestInEach(Map<Section, Integer> limits) {
        return articles.findNewestInEach(limits);
    }

    /** The stories published just before and just after one, in its primary section; either may be null. */
    public record Neighbours(Article older, Article newer) {
    }

    /** A published story's neighbours in its primary section, read along the section's index. */
    public Neighbours besides(Article story) {
        String where = "select a.id from Article a where a.status = org.nashir.article.ArticleStatus.PUBLISHED"
                + " and a.section = :section and ";
        Long older = neighbour(where + "(a.publishedAt < :at or (a.publishedAt = :at and a.id < :id))" + NEWEST_FIRST, story);
        Long newer = neighbour(where + "(a.publishedAt > :at or (a.publishedAt = :at and a.id > :id))"
                + " order by a.status, a.publishedAt asc, a.id asc", story);
        List<Article> found = articles.findPublishedCards(java.util.stream.Stream.of(older, newer)
                .filter(java.util.Objects::nonNull).toList());
        return new Neighbours(found.stream().filter(a -> a.id().equals(older)).findFirst().orElse(null),
                found.stream().filter(a -> a.id().equals(newer)).findFirst().orElse(null));
    }

    private Long neighbour(String query, Article story) {
        return entityManager.createQuery(query, Long.class).setParameter("section", story.section())
                .setParameter("at", story.publishedAt()).setParameter("id", story.id()).setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
    }

    /** Those of these stories that are published, with what a card shows, newest first. */
    public List<Article> cards(Collection<Long> ids) {
        return articles.findPublishedCards(ids);
    }

    /** Breaking stories published since, newest first, at most {@code limit}. */
    public List<Article> breakingSince(Instant since, int limit) {
        return articles.findBreakingSince(since, PageRequest.of(0, limit));
    }

    /** Authors with a published story, by id after {@code after}: the API's pages of bylines. */
    public List<Author> authorsAfter(long after, int limit) {
        return articles.listedAuthorsAfter(after, Limit.of(limit));
    }

    /** Tags with a published story, by id after {@code after}: the API's pages of tags. */
    public List<Tag> tagsAfter(long after, int limit) {
        return articles.listedTagsAfter(after, Limit.of(limit));
    }

    /** A listing's first stories, with what a card shows. */
    public List<Article> latest(Filter filter, int limit) {
        return page(filter, null, limit);
    }

    /**
     * The ids first, from the index, and then only those stories: asked for whole rows, H2 read every
     * published story's body to keep a page of them (on a 10,000-story site, 10 MB a query).
     */
    public List<Article> page(Filter filter, After after, int limit) {
        Where where = new Where(filter, after);
        List<Long> ids = where.bind(entityManager.createQuery("select a.id from Article a" + where + NEWEST_FIRST, Long.class))
                .setMaxResults(limit).getResultList();
        return articles.findPublishedCards(ids);
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
            after = keyAt(filter, request.getOffset() - 1);
            if (after == null) {
                return Page.empty(request);
            }
        }
        Where all = new Where(filter, null);
        return PageableExecutionUtils.getPage(page(filter, after, size), request,
                () -> all.bind(entityManager.createQuery("select count(a) from Article a" + all, Long.class)).getSingleResult());
    }

    private After keyAt(Filter filter, long offset) {
        Where where = new Where(filter, null);
        return where.bind(entityManager.createQuery("select a.publishedAt, a.id from Article a" + where + NEWEST_FIRST, Object[].class))
                .setFirstResult(Math.toIntExact(offset)).setMaxResults(1).getResultList().stream().findFirst()
                .map(key -> new After((Instant) key[0], (Long) key[1])).orElse(null);
    }

    /** The where clause of a filter and the values it binds; its text is one of a few, each planned once. */
    private static final class Where {

        private final StringBuilder text = new StringBuilder(" where a.status = org.nashir.article.ArticleStatus.PUBLISHED");
        private final Map<String, Object> values = new LinkedHashMap<>();

        Where(Filter filter, After after) {
            if (filter.section() != null) {
                add(" and (a.section = :section or :section member of a.otherSections)", "section", filter.section());
            }
            if (filter.tag() != null) {
                add(" and :tag member of a.tags", "tag", filter.tag());
            }
            if (filter.author() != null) {
                add(" and :author member of a.authors", "author", filter.author());
            }
            if (filter.updatedSince() != null) {
                add(" and a.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
            }
            if (after != null) {
                add(" and (a.publishedAt < :afterTime or (a.publishedAt = :afterTime and a.id < :afterId))", "afterTime", after.publishedAt());
                values.put("afterId", after.id());
            }
        }

        private void add(String condition, String name, Object value) {
            text.append(condition);
            values.put(name, value);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            values.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
