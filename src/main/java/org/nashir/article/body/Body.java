package org.nashir.article.body;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A story body: its ordered blocks, already validated. */
public record Body(List<Block> blocks) {

    public static final int VERSION = 1;

    public Body {
        blocks = List.copyOf(blocks);
    }

    public static Body of(Block... blocks) {
        return new Body(List.of(blocks));
    }

    /** The body without the blocks that show this image. */
    public Body withoutImage(long mediaId) {
        return new Body(blocks.stream().filter(b -> !(b instanceof Block.Image image && image.media() == mediaId)).toList());
    }

    /** The media library's images its image blocks show, in order. */
    public Set<Long> images() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Block block : blocks) {
            if (block instanceof Block.Image image) {
                ids.add(image.media());
            }
        }
        return ids;
    }

    /** The stories its related-news boxes name, in order. */
    public Set<Long> relatedStories() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Block block : blocks) {
            if (block instanceof Block.Related related) {
                ids.addAll(related.articles());
            }
        }
        return ids;
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
