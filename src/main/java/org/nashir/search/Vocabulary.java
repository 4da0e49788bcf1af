package org.nashir.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
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

    /**
     * How much commoner one reading of a word must be than another to be taken for what the reader meant: a clitic
     * form at most a twentieth of the word (لشؤون is 4 % of شؤون; the name بسام 10 % of سام), a spelling suggestion
     * at least twenty times the word typed.
     */
    int COMMONER = 20;

    /** Knows no word: the query is what the analyzer makes of the text, nothing more. */
    Vocabulary NONE = word -> 0;

    /**
     * About how many stories have the word in their headline or body (a story with it in both may count twice);
     * 0 for anything the chain does not make one word of.
     */
    long stories(String word);

    /**
     * Words of the index's headlines and standfirsts, as folded there, within two edits of a folded word, with about
     * how many stories have each; none where the backend cannot list its words.
     */
    default Map<String, Long> near(String folded) {
        return Map.of();
    }

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
            return ClusterStack.asked(backend) ? ClusterTerms::new : session -> lucene(session, analysis);
        }
    }

    /** Term statistics of the embedded index, read from the reader the search itself would use. */
    private static Vocabulary lucene(SearchSession session, ArabicAnalysisConfigurer analysis) {
        IndexReader reader = session.scope(Article.class).extension(LuceneExtension.get()).openIndexReader();
        return new LuceneTerms(reader, analysis.stemmed()) {
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
        return new LuceneTerms(reader, stemmed);
    }

    /** Reads a Lucene index's terms: the stemmed fields for counts, the folded ones for words near a typo. */
    class LuceneTerms implements Vocabulary {

        /** Enough near words to find the closest: a fuzzy walk of the folded words stops after this many. */
        private static final int NEAR_WORDS = 500;

        private final IndexReader reader;
        private final Analyzer stemmed;

        LuceneTerms(IndexReader reader, Analyzer stemmed) {
            this.reader = reader;
            this.stemmed = stemmed;
        }

        @Override
        public long stories(String word) {
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
        }

        @Override
        public Map<String, Long> near(String folded) {
            Map<String, Long> words = new HashMap<>();
            try {
                for (String field : List.of(StoryFields.HEADLINE_EXACT, StoryFields.STANDFIRST_EXACT)) {
                    Terms terms = MultiTerms.getTerms(reader, field);
                    if (terms == null) {
                        continue;
                    }
                    FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term(field, folded), 2, 0, true);
                    for (BytesRef term = fuzzy.next(); term != null && words.size() < NEAR_WORDS; term = fuzzy.next()) {
                        words.merge(term.utf8ToString(), (long) fuzzy.docFreq(), Long::sum);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        }
    }

    /**
     * A cluster's index, asked by counting: the word analysed there, by the chain its fields use, and taken as the
     * index holds text (the body's own form is its JSON); near words come from its term suggester.
     */
    class ClusterTerms implements Vocabulary {

        private static final int NEAR_WORDS = 50;

        private final SearchSession session;

        ClusterTerms(SearchSession session) {
            this.session = session;
        }

        @Override
        public long stories(String word) {
            return StorySearch.reach(() -> session.search(Article.class)
                    .where(f -> f.match().fields(StoryFields.HEADLINE, StoryFields.BODY).matching(word, ValueModel.INDEX))
                    .fetchTotalHitCount());
        }

        @Override
        public Map<String, Long> near(String folded) {
            List<String> fields = List.of(StoryFields.HEADLINE_EXACT, StoryFields.STANDFIRST_EXACT);
            JsonObject suggest = new JsonObject();
            for (String field : fields) {
                JsonObject term = new JsonObject();
                term.addProperty("field", field);
                term.addProperty("suggest_mode", "always");
                term.addProperty("max_edits", 2);
                term.addProperty("prefix_length", 0);
                term.addProperty("min_word_length", 2);
                term.addProperty("size", NEAR_WORDS);
                JsonObject suggester = new JsonObject();
                suggester.addProperty("text", folded);
                suggester.add("term", term);
                suggest.add(field, suggester);
            }
            JsonObject response = StorySearch.reach(() -> session.search(Article.class)
                    .extension(ElasticsearchExtension.get())
                    .where(f -> f.matchNone())
                    .requestTransformer(context -> context.body().add("suggest", suggest))
                    .fetch(0)).responseBody();
            Map<String, Long> words = new HashMap<>();
            JsonObject answers = response.getAsJsonObject("suggest");
            for (String field : fields) {
                if (answers == null || !answers.has(field)) {
                    continue;
                }
                for (JsonElement entry : answers.getAsJsonArray(field)) {
                    for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
                        JsonObject word = option.getAsJsonObject();
                        words.merge(word.get("text").getAsString(), word.get("freq").getAsLong(), Long::sum);
                    }
                }
            }
            return words;
        }
    }
}
