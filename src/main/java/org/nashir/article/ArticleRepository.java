package org.nashir.article;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Reader-side queries return published stories only; the cards they feed need the section and lead
 * image. Reader queries fetch those with {@code join fetch} in the query rather than an
 * {@code @EntityGraph}: Hibernate translates a query with an entity graph to SQL again on every call,
 * and Spring Data looks the graph up by name first, through an exception; together they cost more
 * than the query itself.
 */
public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    @Query("""
            select distinct a from Article a join fetch a.section left join fetch a.leadMedia left join fetch a.authors
            left join fetch a.tags where a.id = :id and a.status = org.nashir.article.ArticleStatus.PUBLISHED""")
    Optional<Article> findPublished(long id);

    /** Newest first, as every listing shows stories. */
    java.util.Comparator<Article> NEWEST_FIRST = java.util.Comparator.comparing(Article::publishedAt)
            .thenComparing(Article::id).reversed();

    /**
     * The newest {@code limit} published stories, for blocks that show a few and no page numbers. The ids
     * are chosen first, from narrow rows, and only those stories are loaded: sorting whole rows (body
     * text included) to keep three of them was what made the home page slow.
     */
    default List<Article> findNewest(int limit) {
        return findPublishedCards(findNewestIds(PageRequest.of(0, limit)));
    }

    /**
     * The newest published stories of each section, as many as its limit, primary or not, loaded together in
     * one query. For each section the two memberships are asked apart, each with its index, rather
     * than with one "or" that reads every published story; those are small id lookups.
     */
    default Map<Section, List<Article>> findNewestInEach(Map<Section, Integer> limits) {
        Map<Section, Set<Long>> idsBySection = new LinkedHashMap<>();
        Set<Long> all = new HashSet<>();
        for (var entry : limits.entrySet()) {
            Section section = entry.getKey();
            int limit = entry.getValue();
            Set<Long> ids = new LinkedHashSet<>(findNewestIdsWithPrimary(section, PageRequest.of(0, limit)));
            ids.addAll(findNewestIdsAlsoIn(section.id(), PageRequest.of(0, limit)));
            idsBySection.put(section, ids);
            all.addAll(ids);
        }
        Map<Long, Article> loaded = all.isEmpty() ? Map.of()
                : findCardsIn(all).stream().collect(Collectors.toMap(Article::id, a -> a));
        Map<Section, List<Article>> newest = new LinkedHashMap<>();
        idsBySection.forEach((section, ids) -> newest.put(section,
                ids.stream().map(loaded::get).filter(Objects::nonNull).sorted(NEWEST_FIRST).limit(limits.get(section)).toList()));
        return newest;
    }

    /**
     * The stories of ids chosen from narrow rows, loaded with what a card shows, newest first; one
     * unpublished after its id was chosen is left out.
     */
    default List<Article> findPublishedCards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return findCardsIn(ids).stream().filter(a -> a.status() == ArticleStatus.PUBLISHED).sorted(NEWEST_FIRST).toList();
    }

    @Query("select a.id from Article a where a.status = org.nashir.article.ArticleStatus.PUBLISHED"
            + PublishedStories.NEWEST_FIRST)
    List<Long> findNewestIds(Pageable page);

    /** Section and status lead the order, fixed as they are, for H2 to follow the index (see PublishedStories.NEWEST_FIRST). */
    @Query("""
            select a.id from Article a where a.section = :section and a.status = org.nashir.article.ArticleStatus.PUBLISHED
            order by a.section.id, a.status, a.publishedAt desc, a.id desc""")
    List<Long> findNewestIdsWithPrimary(Section section, Pageable page);

    /**
     * Starts from the secondary-section rows, which the planners otherwise reach only after reading every
     * story: written as a join, H2 walked all 10,000 stories of the benchmark for each section of the home page.
     */
    @Query(nativeQuery = true, value = """
            select a.id from article a
            where a.id in (select listed.article_id from article_section listed where listed.section_id = :sectionId)
            and a.status = 'PUBLISHED' order by a.published_at desc, a.id desc""")
    List<Long> findNewestIdsAlsoIn(long sectionId, Pageable page);

    @Query("""
            select a from Article a join fetch a.section
            where a.breaking = true and a.status = org.nashir.article.ArticleStatus.PUBLISHED
            and a.publishedAt >= :since order by a.publishedAt desc""")
    List<Article> findBreakingSince(Instant since, Pageable page);

    @Query("select a from Article a join fetch a.section where a.id in :ids and a.status = org.nashir.article.ArticleStatus.PUBLISHED")
    List<Article> findPublishedIn(Collection<Long> ids);

    /** Any status, in no particular order: search results are ordered by the index. */
    @Query("select a from Article a join fetch a.section left join fetch a.leadMedia where a.id in :ids")
    List<Article> findCardsIn(Collection<Long> ids);

    long countByStatus(ArticleStatus status);

    /** Bylines listed to readers and the API: those of at least one published story, by id after a cursor. */
    @Query("""
            select distinct a from Article s join s.authors a left join fetch a.photo
            where s.status = org.nashir.article.ArticleStatus.PUBLISHED and a.id > :after order by a.id""")
    List<Author> listedAuthorsAfter(long after, Limit limit);

    /** Tags listed to readers and the API: those of at least one published story, by id after a cursor. */
    @Query("""
            select distinct t from Article s join s.tags t where s.status = org.nashir.article.ArticleStatus.PUBLISHED
            and t.id > :after order by t.id""")
    List<Tag> listedTagsAfter(long after, Limit limit);

    /** Images as the query narrows them that a story shows (or, with {@code used} false, that none does), newest first. */
    @Query("""
            select m from MediaAsset m where (:pattern = '' or m.searchKey like :pattern)
            and (:uploader = 0 or m.uploadedBy = :uploader) and m.createdAt >= :since
            and (:used = true and exists (select a.id from Article a join a.images i where i = m.id)
                or :used = false and not exists (select a.id from Article a join a.images i where i = m.id))
            order by m.id desc""")
    Page<MediaAsset> findImages(String pattern, long uploader, Instant since, boolean used, Pageable page);

    /** Stories scheduled, or whose embargo lifts, in a span of time: the newsroom's calendar. */
    @EntityGraph(attributePaths = "section")
    @Query("""
            select a from Article a where a.status <> org.nashir.article.ArticleStatus.TRASHED
            and (a.scheduledAt >= :from and a.scheduledAt < :to or a.embargoUntil >= :from and a.embargoUntil < :to)""")
    List<Article> findDueBetween(Instant from, Instant to);

    @Query("select a from Article a where a.status = org.nashir.article.ArticleStatus.TRASHED and a.trashedAt < :before")
    List<Article> findTrashedBefore(Instant before);

    /** Stories that show an image: as their lead, in the body, or in edits waiting to go live. */
    @EntityGraph(attributePaths = "section")
    @Query("select a from Article a join a.images i where i = :mediaId order by a.updatedAt desc")
    List<Article> findUsingMedia(long mediaId);

    @Override
    @EntityGraph(attributePaths = "section")
    Page<Article> findAll(Specification<Article> specification, Pageable page);

    @Query("""
            select a from Article a where a.status = org.nashir.article.ArticleStatus.SCHEDULED and a.scheduledAt <= :now
            order by a.scheduledAt""")
    List<Article> findScheduledDue(Instant now, Pageable page);

    /** Any status: previews and the back office. */
    @EntityGraph(attributePaths = {"section", "leadMedia", "authors", "tags"})
    @Query("select a from Article a where a.id = :id")
    Optional<Article> findWithDetails(long id);

    /** Published stories per calendar month in UTC, with their last change: year, month, count, max(updated_at). */
    @Query(nativeQuery = true, value = """
            select y, m, count(*), max(updated_at) from (
              select extract(year from published_at at time zone 'UTC') as y,
                     extract(month from published_at at time zone 'UTC') as m, updated_at
              from article where status = 'PUBLISHED') t
            group by y, m order by y, m""")
    List<Object[]> countPublishedByMonth();

    @Query("""
            select a from Article a join fetch a.section left join fetch a.leadMedia where a.status = org.nashir.article.ArticleStatus.PUBLISHED
            and a.publishedAt >= :from and a.publishedAt < :to order by a.publishedAt, a.id""")
    List<Article> findPublishedBetween(Instant from, Instant to, Pageable page);

    @Query("""
            select a from Article a join fetch a.section left join fetch a.leadMedia where a.status = org.nashir.article.ArticleStatus.PUBLISHED
            and a.publishedAt >= :since order by a.publishedAt desc, a.id desc""")
    List<Article> findPublishedSince(Instant since, Pageable page);

    @Query("select distinct t from Article a join a.tags t where a.status = org.nashir.article.ArticleStatus.PUBLISHED")
    List<Tag> findTagsInUse();

    @Query("select distinct p from Article a join a.authors p where a.status = org.nashir.article.ArticleStatus.PUBLISHED")
    List<Author> findAuthorsInUse();
}
