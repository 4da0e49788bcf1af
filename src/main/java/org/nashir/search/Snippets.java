package org.nashir.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Result snippets: the words that matched, as the story writes them, marked in a window of the text
 * around the first match. The text is analysed only up to the end of that window,
 * so a long story costs no more than a short one; Lucene's highlighters re-read every result in full.
 */
final class Snippets {

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** At most about {@code length} characters of the text, matches marked; null for no text. */
    Highlighted around(String text, Set<String> wanted, int length) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // looked up in place, without a string for every word of the text
        CharArraySet terms = new CharArraySet(wanted, false);
        List<int[]> marks = new ArrayList<>();
        int start = 0;
        int end = Math.min(text.length(), length);
        try (TokenStream stream = analyzer.tokenStream("snippet", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!marks.isEmpty() && offset.startOffset() >= end) {
                    break;
                }
                if (terms.contains(term.buffer(), 0, term.length())) {
                    if (marks.isEmpty()) {
                        start = wordStart(text, Math.max(0, offset.startOffset() - length / 4));
                        end = Math.min(text.length(), start + length);
                    }
                    if (offset.endOffset() <= end && (marks.isEmpty()
                            || marks.get(marks.size() - 1)[1] <= offset.startOffset())) {
                        marks.add(new int[] {offset.startOffset(), offset.endOffset()});
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // ending at a word's end may step back, but never into the last mark
        end = Math.max(wordEnd(text, end), marks.isEmpty() ? start : marks.get(marks.size() - 1)[1]);
        List<Highlighted.Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Highlighted.Part("… ", false));
        }
        int at = start;
        for (int[] mark : marks) {
            parts.add(new Highlighted.Part(line(text, at, mark[0]), false));
            parts.add(new Highlighted.Part(line(text, mark[0], mark[1]), true));
            at = mark[1];
        }
        parts.add(new Highlighted.Part(line(text, at, end), false));
        if (end < text.length()) {
            parts.add(new Highlighted.Part(" …", false));
        }
        return new Highlighted(parts);
    }

    private static int wordStart(String text, int from) {
        int space = text.lastIndexOf(' ', from);
        int line = text.lastIndexOf('\n', from);
        return Math.max(space, line) + 1;
    }

    private static int wordEnd(String text, int end) {
        if (end >= text.length()) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', end);
        return space > end - 40 && space > 0 ? space : end;
    }

    /** A stretch of the text on one line: a snippet runs paragraphs together. */
    private static String line(String text, int from, int to) {
        return text.substring(from, to).replace('\n', ' ');
    }
}
