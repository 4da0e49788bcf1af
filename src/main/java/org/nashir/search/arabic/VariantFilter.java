package org.nashir.search.arabic;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Rewrites each word by the newsroom's variant list; the list is read afresh for every text. The words of a
 * phrase rule (كانون الثاني) become its one word, at the first word's place and spanning all of them, so that a
 * highlight covers the phrase.
 */
final class VariantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Supplier<VariantRules> source;
    /** Words read ahead to see whether a phrase follows, not yet given out. */
    private final Deque<State> ahead = new ArrayDeque<>();
    private boolean inputDone;
    private VariantRules rules = VariantRules.NONE;

    VariantFilter(TokenStream input, Supplier<VariantRules> source) {
        super(input);
        this.source = source;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        rules = source.get();
        ahead.clear();
        inputDone = false;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!next()) {
            return false;
        }
        if (rules.isEmpty()) {
            return true;
        }
        String word = term.toString();
        VariantRules.Opening opening = rules.opening(word);
        if (opening != null && joinPhrase(opening)) {
            return true;
        }
        String rewritten = rules.rewrite(word);
        if (rewritten != null) {
            term.setEmpty().append(rewritten);
        }
        return true;
    }

    private boolean next() throws IOException {
        if (!ahead.isEmpty()) {
            restoreState(ahead.removeFirst());
            return true;
        }
        return readInput();
    }

    private boolean readInput() throws IOException {
        if (inputDone) {
            return false;
        }
        inputDone = !input.incrementToken();
        return !inputDone;
    }

    /** Makes the current word and those after it one word when they are a phrase rule's; false, unchanged, if not. */
    private boolean joinPhrase(VariantRules.Opening opening) throws IOException {
        State first = captureState();
        int start = offset.startOffset();
        int longest = opening.phrases().get(0).rest().size();
        while (ahead.size() < longest && readInput()) {
            ahead.addLast(captureState());
        }
        String[] words = new String[ahead.size()];
        int[] ends = new int[ahead.size()];
        boolean[] adjacent = new boolean[ahead.size()];
        Iterator<State> states = ahead.iterator();
        for (int i = 0; i < words.length; i++) {
            restoreState(states.next());
            words[i] = term.toString();
            ends[i] = offset.endOffset();
            // a stop word taken out between two words leaves a gap: they were not a phrase as written
            adjacent[i] = position.getPositionIncrement() == 1;
        }
        for (VariantRules.Phrase phrase : opening.phrases()) {
            int length = phrase.rest().size();
            if (length <= words.length && matches(phrase, words, adjacent)) {
                for (int i = 0; i < length; i++) {
                    ahead.removeFirst();
                }
                restoreState(first);
                term.setEmpty().append(opening.clitic()).append(phrase.canonical());
                offset.setOffset(start, ends[length - 1]);
                return true;
            }
        }
        restoreState(first);
        return false;
    }

    private static boolean matches(VariantRules.Phrase phrase, String[] words, boolean[] adjacent) {
        for (int i = 0; i < phrase.rest().size(); i++) {
            if (!adjacent[i] || !phrase.rest().get(i).equals(words[i])) {
                return false;
            }
        }
        return true;
    }
}
