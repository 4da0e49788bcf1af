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
            String words = block.accept(WORDS);
            if (!words.isEmpty()) {
                text.append(words).append('\n');
            }
        }
        return text.toString().strip();
    }

    /** A block's words as a reader reads them; images, boxes of links and embeds have none of the story's own. */
    private static final Block.Visitor<String> WORDS = new Block.Visitor<>() {
        public String paragraph(Block.Paragraph p) {
            return InlineHtml.text(p.html());
        }

        public String heading(Block.Heading h) {
            return h.text();
        }

        public String quote(Block.Quote q) {
            return q.speaker() == null ? q.text() : q.text() + " — " + q.speaker();
        }

        public String image(Block.Image i) {
            return "";
        }

        public String list(Block.ListItems l) {
            return String.join("\n", l.items());
        }

        public String related(Block.Related r) {
            return "";
        }

        public String embed(Block.Embed e) {
            return "";
        }
    };
}
