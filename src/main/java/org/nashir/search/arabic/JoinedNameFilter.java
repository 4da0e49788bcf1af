package org.nashir.search.arabic;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.util.StemmerUtil;

/**
 * عبدالله and أبوظبي are written joined or apart; both become two consecutive terms, so the query
 * searches them as a phrase whichever way the reader typed them. Works on folded text.
 */
final class JoinedNameFilter extends SplitFilter {

    JoinedNameFilter(TokenStream input) {
        super(input);
    }

    /** عبد + ال… (at least two letters after ال), ابو + three letters or more. */
    @Override
    int splitPoint(char[] word, int length) {
        if (length >= 7 && StemmerUtil.startsWith(word, length, "عبدال")) {
            return 3;
        }
        // أبواب (doors) and أبوية (paternal) are words, not names: the rest must be long and not start with اب
        if (length >= 6 && StemmerUtil.startsWith(word, length, "ابو")
                && !StemmerUtil.startsWith(word, length, "ابواب")) {
            return 3;
        }
        return 0;
    }
}
