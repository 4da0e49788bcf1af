package org.nashir.search.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * 2024م and ١٤٤٥هـ: a number glued to the Arabic letters after it becomes two words, the number and the
 * letters, so that 2024 finds it. Works on the raw token, before folding.
 */
final class DigitSuffixFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String pending;
    private int pendingStart;
    private int pendingEnd;

    DigitSuffixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            offset.setOffset(pendingStart, pendingEnd);
            increment.setPositionIncrement(1);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int split = split(term);
        if (split > 0) {
            pending = term.subSequence(split, term.length()).toString();
            int start = offset.startOffset();
            int end = offset.endOffset();
            // offsets are the original text's: exact when the token was not changed by a char filter
            boolean sameLength = end - start == term.length();
            pendingStart = sameLength ? start + split : start;
            pendingEnd = end;
            term.setLength(split);
            if (sameLength) {
                offset.setOffset(start, start + split);
            }
        }
        return true;
    }

    private static int split(CharSequence word) {
        if (word.length() < 2 || !Character.isDigit(word.charAt(0))) {
            return 0;
        }
        int i = 0;
        while (i < word.length() && (Character.isDigit(word.charAt(i)) || word.charAt(i) == '.')) {
            i++;
        }
        return i < word.length() && word.charAt(i) >= '\u0621' && word.charAt(i) <= '\u064A' ? i : 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
