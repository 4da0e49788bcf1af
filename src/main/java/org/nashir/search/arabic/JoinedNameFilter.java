package org.nashir.search.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * عبدالله and أبوظبي are written joined or apart; both become two consecutive terms, so the query
 * searches them as a phrase whichever way the reader typed them. Works on folded text.
 */
final class JoinedNameFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String pending;

    JoinedNameFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            increment.setPositionIncrement(1);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int split = splitPoint(term);
        if (split > 0) {
            pending = term.subSequence(split, term.length()).toString();
            term.setLength(split);
        }
        return true;
    }

    /** Where the second name starts, or 0: عبد + ال… (at least two letters after ال), ابو + three letters or more. */
    static int splitPoint(CharSequence word) {
        String s = word.toString();
        if (s.startsWith("عبدال") && s.length() >= 7) {
            return 3;
        }
        // أبواب (doors) and أبوية (paternal) are words, not names: the rest must be long and not start with اب
        if (s.startsWith("ابو") && s.length() >= 6 && !s.startsWith("ابواب")) {
            return 3;
        }
        return 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
