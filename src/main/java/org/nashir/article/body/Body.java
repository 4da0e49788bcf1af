package org.nashir.article.body;

import java.util.List;

/** A story body: its ordered blocks, already validated. */
public record Body(List<Block> blocks) {

    public static final int VERSION = 1;

    public Body {
        blocks = List.copyOf(blocks);
    }

    public static Body of(Block... blocks) {
        return new Body(List.of(blocks));
    }

    /** The words a reader sees, one block a line: for search, snippets and summaries. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            int before = text.length();
            if (block instanceof Block.Paragraph p) {
                text.append(InlineHtml.text(p.html()));
            } else if (block instanceof Block.Heading h) {
                text.append(h.text());
            } else if (block instanceof Block.Quote q) {
                text.append(q.text());
                if (q.speaker() != null) {
                    text.append(" — ").append(q.speaker());
                }
            } else if (block instanceof Block.ListItems l) {
                text.append(String.join("\n", l.items()));
            }
            if (text.length() > before) {
                text.append('\n');
            }
        }
        return text.toString().strip();
    }
}
