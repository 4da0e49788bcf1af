package org.nashir.search.arabic;

import org.apache.lucene.analysis.TokenStream;

/**
 * 2024م and ١٤٤٥هـ: a number glued to the Arabic letters after it becomes two words, the number and the
 * letters, so that 2024 finds it. Works on the raw token, before folding.
 */
final class DigitSuffixFilter extends SplitFilter {

    DigitSuffixFilter(TokenStream input) {
        super(input);
    }

    @Override
    int splitPoint(char[] word, int length) {
        if (length < 2 || !Character.isDigit(word[0])) {
            return 0;
        }
        int i = 0;
        while (i < length && (Character.isDigit(word[i]) || word[i] == '.')) {
            i++;
        }
        return i < length && word[i] >= '\u0621' && word[i] <= '\u064A' ? i : 0;
    }
}
