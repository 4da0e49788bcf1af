package org.nashir.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.nashir.article.Article;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "More like this" in the index's own terms: the headline (and standfirst) count twice as much as the body.
 * Words in a fifth of all stories say little about any one; a young site counts at least 50.
 */
interface LikeThis {

    int MIN_TERM_FREQ = 1;
    int MIN_DOC_FREQ = 2;
    int MAX_QUERY_TERMS = 25;
    float HEADLINE_BOOST = 2f;

    /** Part of a search; null when the text has no word that tells the story apart. */
    Predicate like(SearchSession session, String top, String whole);

    @FunctionalInterface
    interface Predicate {
        PredicateFinalStep in(SearchPredicateFactory f);
    }

    static int maxDocFreq(long stories) {
        return (int) Math.max(50, stories / 5);
    }

    /**
     * The backend's own way, chosen from the backend setting as the application starts; the OpenSearch one is only
     * made, and its classes only loaded, on a cluster's node.
     */
    @Configuration(proxyBeanMethods = false)
    class Choice {

        @Bean
        LikeThis likeThis(@Value("${" + ClusterStack.BACKEND_TYPE + ":lucene}") String backend,
                ArabicAnalysisConfigurer analysis) {
            return ClusterStack.asked(backend) ? new OpenSearch() : new Lucene(analysis);
        }
    }

    /** Lucene's MoreLikeThis, reading term statistics from the embedded index. */
    class Lucene implements LikeThis {

        private final ArabicAnalysisConfigurer analysis;

        Lucene(ArabicAnalysisConfigurer analysis) {
            this.analysis = analysis;
        }

        @Override
        public Predicate like(SearchSession session, String top, String whole) {
            try (IndexReader reader = session.scope(Article.class).extension(LuceneExtension.get())
                    .openIndexReader()) {
                MoreLikeThis mlt = new MoreLikeThis(reader);
                mlt.setAnalyzer(analysis.stemmed());
                mlt.setMinTermFreq(MIN_TERM_FREQ);
                mlt.setMinDocFreq(MIN_DOC_FREQ);
                mlt.setMaxDocFreq(maxDocFreq(reader.numDocs()));
                mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
                mlt.setBoost(true);
                BooleanQuery headline = (BooleanQuery) mlt.like(StoryFields.HEADLINE, new StringReader(top));
                BooleanQuery body = (BooleanQuery) mlt.like(StoryFields.BODY, new StringReader(whole));
                if (headline.clauses().isEmpty() && body.clauses().isEmpty()) {
                    return null;
                }
                Query like = new BooleanQuery.Builder().add(new BoostQuery(headline, HEADLINE_BOOST), Occur.SHOULD)
                        .add(body, Occur.SHOULD).build();
                return f -> f.extension(LuceneExtension.get()).fromLuceneQuery(like);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** OpenSearch's more_like_this query, analysed on the cluster by the same chain the fields use. */
    class OpenSearch implements LikeThis {

        @Override
        public Predicate like(SearchSession session, String top, String whole) {
            long stories = StorySearch.reach(() -> session.search(Article.class).where(f -> f.matchAll())
                    .fetchTotalHitCount());
            JsonArray should = new JsonArray();
            should.add(moreLikeThis(StoryFields.HEADLINE, top, HEADLINE_BOOST, stories));
            should.add(moreLikeThis(StoryFields.BODY, whole, 1f, stories));
            JsonObject bool = new JsonObject();
            bool.add("should", should);
            JsonObject query = new JsonObject();
            query.add("bool", bool);
            return f -> f.extension(ElasticsearchExtension.get()).fromJson(query);
        }

        private static JsonObject moreLikeThis(String field, String text, float boost,
                long stories) {
            JsonObject mlt = new JsonObject();
            JsonArray fields = new JsonArray();
            fields.add(field);
            mlt.add("fields", fields);
            mlt.addProperty("like", text);
            mlt.addProperty("min_term_freq", MIN_TERM_FREQ);
            mlt.addProperty("min_doc_freq", MIN_DOC_FREQ);
            mlt.addProperty("max_doc_freq", maxDocFreq(stories));
            mlt.addProperty("max_query_terms", MAX_QUERY_TERMS);
            mlt.addProperty("boost_terms", 1);
            mlt.addProperty("boost", boost);
            JsonObject wrapper = new JsonObject();
            wrapper.add("more_like_this", mlt);
            return wrapper;
        }
    }
}
