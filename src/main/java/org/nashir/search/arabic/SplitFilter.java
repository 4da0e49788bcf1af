package org.nashir.search.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits a token in two consecutive words where {@link #splitPoint} says. The offsets of each part are
 * exact when the token still has the length it had in the text; otherwise both keep the whole word's,
 * so a highlight still lands on the word as written.
 */
abstract class SplitFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String pending;
    private int pendingStart;
    private int pendingEnd;

    SplitFilter(TokenStream input) {
        super(input);
    }

    /** Where the second word starts, or 0 to leave the token whole; the word is read in place, no string made. */
    abstract int splitPoint(char[] word, int length);

    @Override
    public final boolean incrementToken() throws IOException {
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
        int split = splitPoint(term.buffer(), term.length());
        if (split > 0) {
            int start = offset.startOffset();
            int end = offset.endOffset();
            boolean asWritten = end - start == term.length();
            pending = term.subSequence(split, term.length()).toString();
            pendingStart = asWritten ? start + split : start;
            pendingEnd = end;
            term.setLength(split);
            if (asWritten) {
                offset.setOffset(start, start + split);
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
