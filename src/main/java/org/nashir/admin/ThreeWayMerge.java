package org.nashir.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nashir.article.StoryDraft;
import org.nashir.article.body.Block;
import org.nashir.article.body.BlockNames;
import org.nashir.shared.Messages;

/**
 * When a save meets a version somebody saved meanwhile: the two versions side by side, part by part (headline,
 * standfirst, the story's settings, then the body block by block), each differing part with its changed words
 * and a suggestion worked out from the version both started from (the base): the side that changed it. The
 * person chooses a side for every differing part; nothing is saved over the other version without that choice.
 */
public final class ThreeWayMerge {

    public enum Side { THEIRS, MINE }

    /** One part of the story as each side has it ({@code null}: absent there), and the side the base suggests. */
    public record Row(String key, String label, String theirs, String mine, List<RevisionDiff.Segment> words, Side suggested,
            Block theirsBlock, Block mineBlock) {

        public boolean same() {
            return Objects.equals(theirs, mine) && Objects.equals(theirsBlock, mineBlock);
        }

        public boolean suggestsTheirs() {
            return suggested == Side.THEIRS;
        }

        public boolean suggestsMine() {
            return suggested == Side.MINE;
        }
    }

    /** The story as the choices make it: a side for headline, standfirst and settings, and the blocks in order. */
    record Merged(Side headline, Side standfirst, Side settings, List<Block> blocks) {
    }

    private ThreeWayMerge() {
    }

    /**
     * @param base the words both sides started from, or null when no revision of them is kept (then nothing is suggested)
     * @param settingsOf how a version's settings (section, bylines, tags, images, flags) read, to compare them
     */
    static List<Row> rows(StoryDraft base, StoryDraft theirs, StoryDraft mine, java.util.function.Function<StoryDraft, String> settingsOf) {
        List<Row> rows = new ArrayList<>();
        rows.add(text("headline", Messages.text("merge.headline"), base == null ? null : base.headline(), theirs.headline(), mine.headline(),
                base != null));
        rows.add(text("standfirst", Messages.text("merge.standfirst"), base == null ? null : blank(base.standfirst()), blank(theirs.standfirst()),
                blank(mine.standfirst()), base != null));
        rows.add(text("settings", Messages.text("merge.settings"), null, settingsOf.apply(theirs), settingsOf.apply(mine), false));
        Set<Block> before = base == null ? Set.of() : new HashSet<>(base.body().blocks());
        List<Block> a = theirs.body().blocks();
        List<Block> b = mine.body().blocks();
        List<Block> onlyTheirs = new ArrayList<>();
        List<Block> onlyMine = new ArrayList<>();
        List<Row> blocks = new ArrayList<>();
        for (int[] step : RevisionDiff.align(a, b).steps()) {
            if (step[0] >= 0 && step[1] >= 0) {
                pair(onlyTheirs, onlyMine, before, base != null, blocks);
                blocks.add(block(a.get(step[0]), b.get(step[1]), null));
            } else if (step[0] >= 0) {
                onlyTheirs.add(a.get(step[0]));
            } else {
                onlyMine.add(b.get(step[1]));
            }
        }
        pair(onlyTheirs, onlyMine, before, base != null, blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Row row = blocks.get(i);
            Block shown = row.mineBlock() != null ? row.mineBlock() : row.theirsBlock();
            rows.add(new Row("b" + i, Messages.text("block.where.typed", i + 1, BlockNames.type(shown.type())), row.theirs(),
                    row.mine(), row.words(), row.suggested(), row.theirsBlock(), row.mineBlock()));
        }
        return rows;
    }

    /** The story as chosen; {@code choices} maps each differing row's key to «theirs» or «mine». */
    static Merged merge(List<Row> rows, Map<String, String> choices) {
        List<String> missing = rows.stream().filter(r -> !r.same() && side(choices.get(r.key())) == null)
                .map(Row::label).toList();
        if (!missing.isEmpty()) {
            throw new org.nashir.shared.InvalidInputException("merge",
                    "merge.choose", String.join("، ", missing));
        }
        Side headline = Side.MINE;
        Side standfirst = Side.MINE;
        Side settings = Side.MINE;
        List<Block> blocks = new ArrayList<>();
        for (Row row : rows) {
            Side side = row.same() ? Side.MINE : side(choices.get(row.key()));
            switch (row.key()) {
                case "headline" -> headline = side;
                case "standfirst" -> standfirst = side;
                case "settings" -> settings = side;
                default -> {
                    Block chosen = side == Side.THEIRS ? row.theirsBlock() : row.mineBlock();
                    if (chosen != null) {
                        blocks.add(chosen);
                    }
                }
            }
        }
        return new Merged(headline, standfirst, settings, blocks);
    }

    private static Side side(String choice) {
        return "theirs".equals(choice) ? Side.THEIRS : "mine".equals(choice) ? Side.MINE : null;
    }

    /** Runs of blocks only one side has, between blocks both have: paired as changed blocks, the rest as added or removed. */
    private static void pair(List<Block> onlyTheirs, List<Block> onlyMine, Set<Block> base, boolean known, List<Row> rows) {
        int paired = Math.min(onlyTheirs.size(), onlyMine.size());
        for (int i = 0; i < Math.max(onlyTheirs.size(), onlyMine.size()); i++) {
            Block t = i < onlyTheirs.size() ? onlyTheirs.get(i) : null;
            Block m = i < onlyMine.size() ? onlyMine.get(i) : null;
            Side suggested = null;
            if (known) {
                boolean theirsWasThere = t != null && base.contains(t);
                boolean mineWasThere = m != null && base.contains(m);
                if (i < paired) {
                    suggested = theirsWasThere && !mineWasThere ? Side.MINE : mineWasThere && !theirsWasThere ? Side.THEIRS : null;
                } else if (t != null) {
                    suggested = theirsWasThere ? Side.MINE : Side.THEIRS; // I removed it, or they added it
                } else {
                    suggested = mineWasThere ? Side.THEIRS : Side.MINE; // they removed it, or I added it
                }
            }
            rows.add(block(t, m, suggested));
        }
        onlyTheirs.clear();
        onlyMine.clear();
    }

    private static Row block(Block theirs, Block mine, Side suggested) {
        String t = theirs == null ? null : RevisionDiff.text(theirs);
        String m = mine == null ? null : RevisionDiff.text(mine);
        return new Row(null, null, t, m, RevisionDiff.words(t == null ? "" : t, m == null ? "" : m), suggested, theirs, mine);
    }

    private static Row text(String key, String label, String base, String theirs, String mine, boolean known) {
        Side suggested = !known ? null : Objects.equals(base, theirs) ? Side.MINE : Objects.equals(base, mine) ? Side.THEIRS : null;
        return new Row(key, label, theirs, mine, RevisionDiff.words(theirs == null ? "" : theirs, mine == null ? "" : mine),
                suggested, null, null);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
