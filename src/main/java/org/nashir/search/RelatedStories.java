package org.nashir.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.nashir.article.Article;
import org.nashir.article.ArticleStatus;
import org.nashir.article.SimilarStories;
import org.nashir.article.StoryChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Related stories by Lucene's MoreLikeThis over headline and body, through the Arabic chain, so that
 * «مسئول» and «المسؤولين» count as the same word. The index's best candidates are then re-ranked:
 * a story from the same section and one published close in time to this one are preferred.
 */
@Component
class RelatedStories implements SimilarStories {

    private static final int CANDIDATES = 30;
    private static final float SAME_SECTION = 1.5f;
    private static final Duration TIME_SCALE = Duration.ofDays(30);

    private final Analyzer analyzer;
    private final StorySearch search;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    RelatedStories(ArabicAnalysisConfigurer analysis, StorySearch search, Clock clock) {
        this.analyzer = analysis.stemmed();
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
        if (story.id() == null || story.status() != ArticleStatus.PUBLISHED) {
            return published(rank(story, exclude, limit));
        }
        return remembered.get(new Asked(story.id(), story.version(), Set.copyOf(exclude), limit),
                asked -> published(rank(story, exclude, limit)));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(StoryChange change) {
        remembered.invalidateAll();
    }

    private List<Article> published(List<Long> ids) {
        return search.load(ids).stream().filter(a -> a.status() == ArticleStatus.PUBLISHED).toList();
    }

    private List<Long> rank(Article story, Set<Long> exclude, int limit) {
        SearchSession session = Search.session(entityManager);
        Query like = likeQuery(session, story);
        if (like == null) {
            return List.of();
        }
        Set<Long> excluded = new HashSet<>(exclude);
        if (story.id() != null) {
            excluded.add(story.id());
        }
        Instant when = story.publishedAt() != null ? story.publishedAt() : clock.instant();
        Long sectionId = story.section().id();
        List<List<?>> hits = session.search(Article.class).extension(LuceneExtension.get())
                .select(f -> f.composite().from(f.id(Long.class), f.score(),
                        f.field(StoryFields.PUBLISHED_AT, Instant.class),
                        f.field(StoryFields.SECTION + ".id", Long.class)).asList())
                .where(f -> {
                    var bool = f.bool().must(f.fromLuceneQuery(like))
                            .filter(f.match().field(StoryFields.STATUS).matching(ArticleStatus.PUBLISHED));
                    if (!excluded.isEmpty()) {
                        bool.mustNot(f.id().matchingAny(excluded));
                    }
                    return bool;
                })
                .fetchHits(CANDIDATES);
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

    private Query likeQuery(SearchSession session, Article story) {
        try (IndexReader reader = session.scope(Article.class).extension(LuceneExtension.get()).openIndexReader()) {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            // words in a fifth of all stories say little about any one; a young site counts at least 50
            mlt.setMaxDocFreq(Math.max(50, reader.numDocs() / 5));
            mlt.setMaxQueryTerms(25);
            mlt.setBoost(true);
            String top = story.standfirst() == null ? story.headline() : story.headline() + "\n" + story.standfirst();
            BooleanQuery headline = (BooleanQuery) mlt.like(StoryFields.HEADLINE, new StringReader(top));
            BooleanQuery body = (BooleanQuery) mlt.like(StoryFields.BODY,
                    new StringReader(top + "\n" + story.body().plainText()));
            if (headline.clauses().isEmpty() && body.clauses().isEmpty()) {
                return null;
            }
            return new BooleanQuery.Builder().add(new BoostQuery(headline, 2f), Occur.SHOULD)
                    .add(body, Occur.SHOULD).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
