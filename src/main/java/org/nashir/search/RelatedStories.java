package org.nashir.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.nashir.article.Article;
import org.nashir.article.ArticleStatus;
import org.nashir.article.SimilarStories;
import org.nashir.article.StoryChange;
import org.nashir.shared.ChangedElsewhere;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Related stories by the index's "more like this" over headline and body ({@link LikeThis}), through the
 * Arabic chain, so that «مسئول» and «المسؤولين» count as the same word. The best candidates are then re-ranked:
 * a story from the same section and one published close in time to this one are preferred.
 */
@Component
class RelatedStories implements SimilarStories {

    private static final int CANDIDATES = 30;
    private static final float SAME_SECTION = 1.5f;
    private static final Duration TIME_SCALE = Duration.ofDays(30);

    private final LikeThis likeThis;
    private final StorySearch search;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    RelatedStories(LikeThis likeThis, StorySearch search, Clock clock) {
        this.likeThis = likeThis;
        this.search = search;
        this.clock = clock;
    }

    private record Candidate(long id, float score) {
    }

    private record Asked(long story, long version, Set<Long> exclude, int limit) {
    }

    /**
     * Answers kept until a public story changes, ten minutes at most: finding similar stories is an
     * index search over every story, by far the dearest part of rendering a story page. The stories
     * are kept as loaded (headline, section, lead image), read only, so a kept answer costs no query.
     */
    private final Cache<Asked, List<Article>> remembered = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    @Override
    @Transactional(readOnly = true)
    public List<Article> similarTo(Article story, Set<Long> exclude, int limit) {
        try {
            if (story.id() == null || story.status() != ArticleStatus.PUBLISHED) {
                return published(rank(story, exclude, limit));
            }
            return remembered.get(new Asked(story.id(), story.version(), Set.copyOf(exclude), limit),
                    asked -> published(rank(story, exclude, limit)));
        } catch (SearchUnavailableException e) {
            // the story page still opens; its related box falls back to the section's latest stories
            return List.of();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(StoryChange change) {
        remembered.invalidateAll();
    }

    @EventListener
    void on(ChangedElsewhere change) {
        remembered.invalidateAll();
    }

    private List<Article> published(List<Long> ids) {
        return search.load(ids).stream().filter(a -> a.status() == ArticleStatus.PUBLISHED).toList();
    }

    private List<Long> rank(Article story, Set<Long> exclude, int limit) {
        SearchSession session = Search.session(entityManager);
        String top = story.standfirst() == null ? story.headline() : story.headline() + "\n" + story.standfirst();
        LikeThis.Predicate like = likeThis.like(session, top, top + "\n" + story.body().plainText());
        if (like == null) {
            return List.of();
        }
        Set<Long> excluded = new HashSet<>(exclude);
        if (story.id() != null) {
            excluded.add(story.id());
        }
        Instant when = story.publishedAt() != null ? story.publishedAt() : clock.instant();
        Long sectionId = story.section().id();
        List<List<?>> hits = StorySearch.reach(() -> session.search(Article.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score(),
                        f.field(StoryFields.PUBLISHED_AT, Instant.class),
                        f.field(StoryFields.SECTION + ".id", Long.class)).asList())
                .where(f -> {
                    var bool = f.bool().must(like.in(f))
                            .filter(f.match().field(StoryFields.STATUS).matching(ArticleStatus.PUBLISHED));
                    if (!excluded.isEmpty()) {
                        bool.mustNot(f.id().matchingAny(excluded));
                    }
                    return bool;
                })
                .fetchHits(CANDIDATES));
        List<Candidate> ranked = new ArrayList<>();
        for (List<?> hit : hits) {
            float score = (Float) hit.get(1);
            Instant published = (Instant) hit.get(2);
            if (sectionId != null && sectionId.equals(hit.get(3))) {
                score *= SAME_SECTION;
            }
            if (published != null) {
                double apart = Math.abs(Duration.between(published, when).toHours()) / (double) TIME_SCALE.toHours();
                score /= (float) (1 + apart);
            }
            ranked.add(new Candidate((Long) hit.get(0), score));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return ranked.stream().limit(limit).map(Candidate::id).toList();
    }
}
