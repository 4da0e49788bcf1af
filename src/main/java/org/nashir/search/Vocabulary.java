package org.nashir.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.nashir.article.Article;
import org.nashir.search.arabic.ArabicAnalysis;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the index knows of a word: in how many stories it appears, in any form the stemmed chain folds
 * together. A query asks it where the chain alone cannot decide (is the ل of لشؤون a clitic?). Open for one
 * search, closed after it.
 */
interface Vocabulary extends AutoCloseable {

    /** Knows no word: the query is what the analyzer makes of the text, nothing more. */
    Vocabulary NONE = word -> 0;

    /**
     * About how many stories have the word in their headline or body (a story with it in both may count twice);
     * 0 for anything the chain does not make one word of.
     */
    long stories(String word);

    @Override
    default void close() {
    }

    /** Opens a vocabulary on the index a search session reads. */
    @FunctionalInterface
    interface Source {
        Vocabulary open(SearchSession session);
    }

    /** The backend's own way, chosen from the backend setting as the application starts, like {@link LikeThis}. */
    @Configuration(proxyBeanMethods = false)
    class Choice {

        @Bean
        Source vocabulary(@Value("${" + ClusterStack.BACKEND_TYPE + ":lucene}") String backend,
                ArabicAnalysisConfigurer analysis) {
            return ClusterStack.asked(backend) ? Vocabulary::counted : session -> lucene(session, analysis);
        }
    }

    /** Term statistics of the embedded index, read from the reader the search itself would use. */
    private static Vocabulary lucene(SearchSession session, ArabicAnalysisConfigurer analysis) {
        IndexReader reader = session.scope(Article.class).extension(LuceneExtension.get()).openIndexReader();
        Vocabulary counts = of(reader, analysis.stemmed());
        return new Vocabulary() {
            @Override
            public long stories(String word) {
                return counts.stories(word);
            }

            @Override
            public void close() {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The term statistics of a Lucene index whose text fields the stemmed chain made; the reader stays open. */
    static Vocabulary of(IndexReader reader, Analyzer stemmed) {
        return word -> {
            List<String> terms = ArabicAnalysis.terms(stemmed, word);
            if (terms.isEmpty()) {
                return 0;
            }
            // the first term is the whole word's stem; a second, after a و, is its other reading
            Term headline = new Term(StoryFields.HEADLINE, terms.get(0));
            try {
                return reader.docFreq(headline) + reader.docFreq(new Term(StoryFields.BODY, headline.bytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * A cluster's index is asked by counting: the word analysed there, by the chain its fields use, and taken as
     * the index holds text (the body's own form is its JSON).
     */
    private static Vocabulary counted(SearchSession session) {
        return word -> StorySearch.reach(() -> session.search(Article.class)
                .where(f -> f.match().fields(StoryFields.HEADLINE, StoryFields.BODY).matching(word, ValueModel.INDEX))
                .fetchTotalHitCount());
    }
}
