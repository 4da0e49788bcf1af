package org.nashir.admin;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.shared.Messages;

/**
 * What changed between two versions of a body, block by block, with the changed words marked.
 * Blocks are matched by a longest common subsequence of their texts; a removed block followed by an
 * added one is shown as one changed block with a word-level diff.
 */
public final class RevisionDiff {

    public enum Op { SAME, ADDED, REMOVED }

    public record Segment(Op op, String text) {
    }

    public record BlockChange(Op op, List<Segment> segments) {

        public boolean changed() {
            return op != Op.SAME || segments.stream().anyMatch(s -> s.op() != Op.SAME);
        }
    }

    /** One field besides the words that differs: its name, and how it read before and after. */
    public record Field(String label, String before, String after) {
    }

    /** Two versions of a story side by side: headline and standfirst word by word, other fields, the body block by block. */
    public record Comparison(List<Segment> headline, List<Segment> standfirst, List<Field> fields,
            List<BlockChange> blocks) {

        public boolean standfirstChanged() {
            return standfirst.stream().anyMatch(s -> s.op() != Op.SAME);
        }
    }

    static Comparison compare(String headlineBefore, String headlineAfter, String standfirstBefore,
            String standfirstAfter, List<Field> fields, Body before, Body after) {
        return new Comparison(words(headlineBefore, headlineAfter),
                words(standfirstBefore == null ? "" : standfirstBefore, standfirstAfter == null ? "" : standfirstAfter),
                fields.stream().filter(f -> !java.util.Objects.equals(f.before(), f.after())).toList(),
                diff(before, after));
    }

    private RevisionDiff() {
    }

    static List<String> texts(Body body) {
        List<String> texts = new ArrayList<>();
        for (Block block : body.blocks()) {
            texts.add(text(block));
        }
        return texts;
    }

    static List<BlockChange> diff(Body before, Body after) {
        List<String> a = texts(before);
        List<String> b = texts(after);
        List<BlockChange> result = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Segment step : lcs(a, b)) {
            if (step.op() == Op.REMOVED) {
                removed.add(step.text());
            } else if (step.op() == Op.ADDED) {
                added.add(step.text());
            } else {
                flush(removed, added, result);
                result.add(new BlockChange(Op.SAME, List.of(new Segment(Op.SAME, step.text()))));
            }
        }
        flush(removed, added, result);
        return result;
    }

    private static void flush(List<String> removed, List<String> added, List<BlockChange> result) {
        int paired = Math.min(removed.size(), added.size());
        for (int i = 0; i < paired; i++) {
            result.add(new BlockChange(Op.SAME, words(removed.get(i), added.get(i))));
        }
        for (int i = paired; i < removed.size(); i++) {
            result.add(new BlockChange(Op.REMOVED, List.of(new Segment(Op.REMOVED, removed.get(i)))));
        }
        for (int i = paired; i < added.size(); i++) {
            result.add(new BlockChange(Op.ADDED, List.of(new Segment(Op.ADDED, added.get(i)))));
        }
        removed.clear();
        added.clear();
    }

    /** Word by word; past {@link #MAX_CELLS} the changed stretch is shown whole, removed then added, and said so. */
    static List<Segment> words(String before, String after) {
        List<String> a = List.of(before.split("\\s+"));
        List<String> b = List.of(after.split("\\s+"));
        Alignment alignment = align(a, b);
        List<Segment> merged = new ArrayList<>();
        Op run = null;
        StringBuilder text = new StringBuilder();
        for (int[] step : alignment.steps()) {
            Op op = step[0] >= 0 && step[1] >= 0 ? Op.SAME : step[0] >= 0 ? Op.REMOVED : Op.ADDED;
            String word = step[0] >= 0 ? a.get(step[0]) : b.get(step[1]);
            if (op != run && run != null) {
                merged.add(new Segment(run, text.toString()));
                text.setLength(0);
            }
            text.append(text.length() == 0 ? "" : " ").append(word);
            run = op;
        }
        if (run != null) {
            merged.add(new Segment(run, text.toString()));
        }
        if (!alignment.exact()) {
            merged.add(0, new Segment(Op.SAME, TOO_LARGE));
        }
        return merged;
    }

    /** Edit script between two sequences, in order: SAME, REMOVED (from a) and ADDED (from b) steps. */
    private static List<Segment> lcs(List<String> a, List<String> b) {
        return align(a, b).steps().stream().map(p -> p[0] >= 0 && p[1] >= 0 ? new Segment(Op.SAME, a.get(p[0]))
                : p[0] >= 0 ? new Segment(Op.REMOVED, a.get(p[0])) : new Segment(Op.ADDED, b.get(p[1]))).toList();
    }

    /** What the changed stretch between two long texts is shown with when it is too long to compare word by word. */
    static final String TOO_LARGE = Messages.text("diff.too-large");

    /**
     * Past this many cells of the comparison table the middle of two sequences is not compared element by element:
     * memory and time stay bounded (two 10,000-word paragraphs would need 10⁸ cells), and the page says so.
     */
    static final long MAX_CELLS = 4_000_000;

    /** Steps in order, and whether the changed middle was compared element by element ({@code exact}) or shown whole. */
    record Alignment(List<int[]> steps, boolean exact) {
    }

    /**
     * The two sequences side by side: pairs of positions in order, both set where a and b hold equal elements, one
     * of them -1 where only the other side has one there. What they share at both ends is matched at once; the
     * middle by a longest common subsequence, unless it is larger than {@link #MAX_CELLS}.
     */
    static <T> Alignment align(List<T> a, List<T> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<int[]> steps = new ArrayList<>();
        for (int k = 0; k < start; k++) {
            steps.add(new int[] {k, k});
        }
        boolean exact = (long) (endA - start) * (endB - start) <= MAX_CELLS;
        if (exact) {
            middle(a.subList(start, endA), b.subList(start, endB), start, steps);
        } else {
            for (int i = start; i < endA; i++) {
                steps.add(new int[] {i, -1});
            }
            for (int j = start; j < endB; j++) {
                steps.add(new int[] {-1, j});
            }
        }
        for (int k = 0; endA + k < a.size(); k++) {
            steps.add(new int[] {endA + k, endB + k});
        }
        return new Alignment(steps, exact);
    }

    private static <T> void middle(List<T> a, List<T> b, int offset, List<int[]> steps) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                steps.add(new int[] {offset + i++, offset + j++});
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                steps.add(new int[] {offset + i++, -1});
            } else {
                steps.add(new int[] {-1, offset + j++});
            }
        }
        while (i < a.size()) {
            steps.add(new int[] {offset + i++, -1});
        }
        while (j < b.size()) {
            steps.add(new int[] {-1, offset + j++});
        }
    }

    static String text(Block block) {
        return block.accept(TEXT);
    }

    /** A block as one line of text to compare word by word. */
    private static final Block.Visitor<String> TEXT = new Block.Visitor<>() {
        public String paragraph(Block.Paragraph p) {
            return Jsoup.parseBodyFragment(p.html()).text();
        }

        public String heading(Block.Heading h) {
            return "## " + h.text();
        }

        public String quote(Block.Quote q) {
            return "«" + q.text() + "» — " + (q.speaker() == null ? "" : q.speaker());
        }

        public String image(Block.Image i) {
            return Messages.text("diff.image", i.media(), i.caption() == null ? "" : i.caption());
        }

        public String list(Block.ListItems l) {
            return "• " + String.join(" • ", l.items());
        }

        public String related(Block.Related r) {
            return "[" + r.title() + ": " + r.articles() + "]";
        }

        public String embed(Block.Embed e) {
            return "[" + e.provider().arabicName() + "] " + e.url();
        }
    };
}
