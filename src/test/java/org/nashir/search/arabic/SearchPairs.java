package org.nashir.search.arabic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** How a row of src/test/resources/arabic/search-pairs.tsv is judged, whichever chain analysed its two sides. */
public final class SearchPairs {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private SearchPairs() {
    }

    /**
     * A pair passes when every position of the query (a word, with the variants it folds to) has one of its terms
     * among the document's: the same bar the search applies to a reader's words (docs/decisions/0003-arabic-search.md).
     */
    public static boolean matches(List<Set<String>> query, List<Set<String>> document) {
        Set<String> documentTerms = new HashSet<>();
        document.forEach(documentTerms::addAll);
        return !query.isEmpty() && query.stream().allMatch(p -> p.stream().anyMatch(documentTerms::contains));
    }

    /** The terms of a text by position; terms the chain puts at one position share a set. */
    public static List<Set<String>> positions(Analyzer analyzer, String text) {
        List<Set<String>> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                    positions.add(new HashSet<>());
                }
                positions.get(positions.size() - 1).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }

    /** The file writes invisible and combining characters as {@code \\uXXXX}. */
    public static String unescape(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Character.toString((char) Integer.parseInt(m.group(1), 16)));
        }
        return m.appendTail(out).toString();
    }
}
