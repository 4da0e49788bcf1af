package org.nashir.article.body;

import java.util.List;
import org.nashir.shared.Messages;

/**
 * One typed block of a story body; its kind, and so its JSON "type", is given by {@link #kind()}. Code that treats
 * every kind goes through a {@link Visitor}, so that a new kind does not compile until each such place handles it.
 */
public sealed interface Block {

    BlockType kind();

    <R> R accept(Visitor<R> visitor);

    default String type() {
        return kind().jsonName();
    }

    /** One method per kind of block: the compiler's list of what every kind-by-kind treatment must cover. */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);

        R heading(Heading heading);

        R quote(Quote quote);

        R image(Image image);

        R list(ListItems list);

        R related(Related related);

        R embed(Embed embed);
    }

    record Paragraph(String html) implements Block {
        public BlockType kind() {
            return BlockType.PARAGRAPH;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    record Heading(int level, String text) implements Block {
        public BlockType kind() {
            return BlockType.HEADING;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.heading(this);
        }
    }

    record Quote(String text, String speaker, String role, String outlet) implements Block {
        public BlockType kind() {
            return BlockType.QUOTE;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.quote(this);
        }
    }

    /** An image from the media library; caption and credit, when given, override the library's. */
    record Image(long media, String caption, String credit) implements Block {
        public BlockType kind() {
            return BlockType.IMAGE;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }
    }

    record ListItems(boolean ordered, List<String> items) implements Block {
        public BlockType kind() {
            return BlockType.LIST;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }
    }

    record Related(String title, List<Long> articles) implements Block {
        public static final String DEFAULT_TITLE = Messages.text("block.related.title");

        public BlockType kind() {
            return BlockType.RELATED;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.related(this);
        }
    }

    record Embed(EmbedProvider provider, String url, String title) implements Block {
        public BlockType kind() {
            return BlockType.EMBED;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.embed(this);
        }
    }
}
