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
    int splitPoint(CharSequence word) {
        if (word.length() < 2 || !Character.isDigit(word.charAt(0))) {
            return 0;
        }
        int i = 0;
        while (i < word.length() && (Character.isDigit(word.charAt(i)) || word.charAt(i) == '.')) {
            i++;
        }
        return i < word.length() && word.charAt(i) >= '\u0621' && word.charAt(i) <= '\u064A' ? i : 0;
    }
}
