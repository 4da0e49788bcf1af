package org.nashir.search.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Stems each Arabic word. A word starting with a bare و may be "and + word" (وزيارة) or a word of its
 * own (وزير, وطني): both stems are indexed at the same position, so الوزير and وزير find each other.
 */
final class LightStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String stacked;

    LightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (stacked != null) {
            term.setEmpty().append(stacked);
            increment.setPositionIncrement(0);
            stacked = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!LightStemmer.isArabicWord(term)) {
            return true;
        }
        String word = term.toString();
        String stem;
        if (word.length() >= 4 && word.charAt(0) == 'و' && !word.startsWith("وال")) {
            stem = LightStemmer.stemSuffixes(word);
            String withoutAnd = LightStemmer.stem(word.substring(1));
            if (!withoutAnd.equals(stem)) {
                stacked = withoutAnd;
            }
        } else {
            stem = LightStemmer.stem(word);
        }
        term.setEmpty().append(stem);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stacked = null;
    }
}
