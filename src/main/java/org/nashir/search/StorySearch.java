package org.nashir.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.nashir.article.Article;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Stories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches the story index: readers see published stories, the newsroom sees every status. */
@Service
public class StorySearch {

    private static final Logger log = LoggerFactory.getLogger(StorySearch.class);
    private static final int SNIPPET = 200;
    private static final int SUGGESTIONS = 8;
    /**
     * Beyond this many matches the total is a lower bound: counting every match of a common word in a million
     * stories would cost more than the search, and nobody pages that far.
     */
    private static final int EXACT_COUNT_UP_TO = 1_000;

    private final Stories articles;
    private final TextQuery text;
    private final Snippets snippets;
    private final Vocabulary.Source vocabulary;

    @PersistenceContext
    private EntityManager entityManager;

    StorySearch(Stories articles, ArabicAnalysisConfigurer analysis, Vocabulary.Source vocabulary) {
        this.articles = articles;
        this.vocabulary = vocabulary;
        this.text = new TextQuery(analysis.stemmed(), analysis.exact());
        this.snippets = new Snippets(analysis.stemmed());
    }

    @Transactional(readOnly = true)
    public StoryResults search(StoryQuery query) {
        return run(query, ArticleStatus.PUBLISHED, null, null, true);
    }

    /**
     * The back office: every status, or only {@code status} when given; {@code visibleTo}, an account's id, keeps to
     * its own stories and published ones; {@code createdBy}, an account's id, to the stories it wrote («أخباري»).
     */
    @Transactional(readOnly = true)
    public StoryResults searchNewsroom(StoryQuery query, ArticleStatus status, Long visibleTo, Long createdBy) {
        return run(query, status, visibleTo, createdBy, false);
    }

    /** Published headlines that match what has been typed so far, newest first. */
    @Transactional(readOnly = true)
    public List<Article> suggest(String typed) {
        List<String> terms = text.typedSoFar(typed);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Long> ids = reach(() -> Search.session(entityManager).search(Article.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool().must(TextQuery.suggest(f, terms)).filter(published(f)))
                .sort(f -> f.field(StoryFields.PUBLISHED_AT).desc())
                .fetchHits(SUGGESTIONS));
        return load(ids);
    }

    /**
     * The search as typed, and for readers a suggestion when a word of it looks mistyped; when the search finds
     * nothing, the suggestion's results instead, if it has any (the newsroom's list says what it holds).
     */
    private StoryResults run(StoryQuery query, ArticleStatus status, Long visibleTo, Long createdBy, boolean readers) {
        SearchSession session = Search.session(entityManager);
        try (Vocabulary known = reach(() -> vocabulary.open(session))) {
            StoryResults found = find(session, known, query, status, visibleTo, createdBy, readers);
            String suggestion = readers && found.searchable() ? text.suggestion(query.text(), known) : null;
            if (suggestion == null) {
                return found;
            }
            StoryResults meant = find(session, known,
                    found.total() == 0 ? query.text(suggestion) : query.text(suggestion).firstPage(),
                    status, visibleTo, createdBy, readers);
            if (meant.total() == 0) {
                return found;
            }
            List<Highlighted> marked = new ArrayList<>();
            meant.hits().forEach(hit -> {
                marked.add(hit.headline());
                marked.add(hit.snippet());
            });
            String asWritten = text.asWritten(suggestion, marked);
            return found.total() == 0 ? meant.suggesting(asWritten, true) : found.suggesting(asWritten, false);
        }
    }

    private StoryResults find(SearchSession session, Vocabulary known, StoryQuery query, ArticleStatus status,
            Long visibleTo, Long createdBy, boolean readers) {
        TextQuery.Words words = text.parse(query.text(), known);
        if (words == null) {
            return StoryResults.nothing(query);
        }
        String timeField = readers ? StoryFields.PUBLISHED_AT : StoryFields.UPDATED_AT;
        SearchResult<List<?>> result = reach(() -> session.search(Article.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
                .where(f -> {
                    var bool = f.bool().must(text.predicate(f, words));
                    if (status != null) {
                        bool.filter(f.match().field(StoryFields.STATUS).matching(status));
                    } else {
                        bool.mustNot(f.match().field(StoryFields.STATUS).matching(ArticleStatus.TRASHED));
                    }
                    if (visibleTo != null) {
                        bool.filter(f.or(f.match().field(StoryFields.CREATED_BY).matching(visibleTo), published(f)));
                    }
                    if (createdBy != null) {
                        bool.filter(f.match().field(StoryFields.CREATED_BY).matching(createdBy));
                    }
                    if (query.sectionId() != null) {
                        bool.filter(f.or(f.match().field(StoryFields.SECTION + ".id").matching(query.sectionId()),
                                f.match().field(StoryFields.OTHER_SECTIONS + ".id").matching(query.sectionId())));
                    }
                    if (query.authorId() != null) {
                        bool.filter(f.match().field(StoryFields.AUTHORS + ".id").matching(query.authorId()));
                    }
                    if (query.from() != null) {
                        bool.filter(f.range().field(timeField).atLeast(query.from()));
                    }
                    if (query.to() != null) {
                        bool.filter(f.range().field(timeField).lessThan(query.to()));
                    }
                    return bool;
                })
                // relevance alone, without a tie-break: only then can Lucene skip what cannot reach the top
                .sort(f -> query.order() == StoryQuery.Order.NEWEST
                        ? f.field(timeField).desc().missing().last()
                        : f.score())
                .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                .fetch(query.page() * query.size(), query.size()));

        Map<Long, Float> scores = new LinkedHashMap<>();
        result.hits().forEach(hit -> scores.put((Long) hit.get(0), (Float) hit.get(1)));
        Set<String> marked = words.terms();
        List<StoryHit> hits = new ArrayList<>();
        for (Article article : load(scores.keySet())) {
            String body = article.body().plainText();
            hits.add(new StoryHit(article, scores.get(article.id()),
                    snippets.around(article.headline(), marked, Article.MAX_HEADLINE),
                    snippets.around(body.isBlank() ? article.standfirst() : body, marked, SNIPPET)));
        }
        boolean exact = result.total().isHitCountExact();
        long total = exact ? result.total().hitCount() : result.total().hitCountLowerBound();
        return new StoryResults(total, exact, hits, query.page(), query.size(), true, null, false);
    }

    private static PredicateFinalStep published(SearchPredicateFactory f) {
        return f.match().field(StoryFields.STATUS).matching(ArticleStatus.PUBLISHED);
    }

    /**
     * Runs a search against the index; when the index does not answer (an OpenSearch cluster unreachable
     * or failing), says so in terms the pages and the API turn into a 503.
     */
    static <T> T reach(Supplier<T> search) {
        try {
            return search.get();
        } catch (SearchException e) {
            log.warn("The search index did not answer: {}", e.getMessage());
            throw new SearchUnavailableException(e);
        }
    }

    /** Stories by id in the given order, with what a result card shows. */
    List<Article> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = articles.cards(ids).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        return ids.stream().map(byId::get).filter(a -> a != null).toList();
    }
}
