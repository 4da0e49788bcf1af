package org.nashir.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.nashir.search.arabic.ArabicAnalysis;

/**
 * Turns what a reader typed into a query. Nothing typed is syntax: every word must appear somewhere in
 * the story (in any form the chain folds together), a word the chain splits (عبدالله) and text between
 * quotes are searched as phrases. Symbols such as {@code *?~:^[]{}} are punctuation to the analyzer.
 */
final class TextQuery {

    /** Longer text is cut, not refused: a pasted paragraph still searches its first words. */
    static final int MAX_CHARACTERS = 200;
    static final int MAX_UNITS = 12;

    private static final Pattern QUOTED = Pattern.compile("[\"«“]([^\"»”]+)[\"»”]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}]");

    private final QueryBuilder stemmed;
    private final QueryBuilder exact;
    private final Analyzer exactAnalyzer;

    TextQuery(Analyzer stemmed, Analyzer exact) {
        this.stemmed = new QueryBuilder(stemmed);
        this.exact = new QueryBuilder(exact);
        this.exactAnalyzer = exact;
    }

    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String text = CONTROL.matcher(typed).replaceAll(" ").strip();
        if (text.length() > MAX_CHARACTERS) {
            int cut = text.lastIndexOf(' ', MAX_CHARACTERS);
            text = text.substring(0, cut > MAX_CHARACTERS / 2 ? cut : MAX_CHARACTERS);
        }
        return text;
    }

    /** The query for the words, or null when nothing searchable was typed (empty, or stop words only). */
    Query parse(String typed) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String unit : units(clean(typed))) {
            Query stemmedFields = anyField(unit, false);
            if (stemmedFields != null) {
                all.add(stemmedFields, Occur.MUST);
                clauses++;
                // the form as typed only adds to the score: kept out of the required part, which stays small
                Query exactFields = anyField(unit, true);
                if (exactFields != null) {
                    all.add(exactFields, Occur.SHOULD);
                }
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** Headlines that contain the words typed so far, the last one perhaps unfinished. */
    Query suggest(String typed) {
        List<String> terms = ArabicAnalysis.terms(exactAnalyzer, clean(typed));
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size() - 1; i++) {
            query.add(new TermQuery(new Term(StoryFields.HEADLINE_EXACT, terms.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(StoryFields.HEADLINE_EXACT, terms.get(terms.size() - 1))), Occur.MUST);
        return query.build();
    }

    private Query anyField(String unit, boolean exactFields) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : StoryFields.TEXT_BOOSTS.entrySet()) {
            if (StoryFields.isExact(field.getKey()) != exactFields) {
                continue;
            }
            QueryBuilder builder = exactFields ? exact : stemmed;
            Query query = builder.createPhraseQuery(field.getKey(), unit);
            if (query != null) {
                fields.add(new BoostQuery(query, field.getValue()), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : fields.build();
    }

    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (quoted.find()) {
            units.add(quoted.group(1));
            quoted.appendReplacement(rest, " ");
        }
        quoted.appendTail(rest);
        for (String word : rest.toString().split("[\\s\"«»“”]+")) {
            if (!word.isEmpty()) {
                units.add(word);
            }
        }
        return units.size() > MAX_UNITS ? units.subList(0, MAX_UNITS) : units;
    }
}
