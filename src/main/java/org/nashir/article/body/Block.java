package org.nashir.article.body;

import java.util.List;

/** One typed block of a story body. The JSON "type" of each is given by {@link #type()}. */
public sealed interface Block {

    String type();

    record Paragraph(String html) implements Block {
        public String type() {
            return "paragraph";
        }
    }

    record Heading(int level, String text) implements Block {
        public String type() {
            return "heading";
        }
    }

    record Quote(String text, String speaker, String role, String outlet) implements Block {
        public String type() {
            return "quote";
        }
    }

    /** An image from the media library; caption and credit, when given, override the library's. */
    record Image(long media, String caption, String credit) implements Block {
        public String type() {
            return "image";
        }
    }

    record ListItems(boolean ordered, List<String> items) implements Block {
        public String type() {
            return "list";
        }
    }

    record Related(String title, List<Long> articles) implements Block {
        public static final String DEFAULT_TITLE = "أخبار ذات علاقة";

        public String type() {
            return "related";
        }
    }

    record Embed(EmbedProvider provider, String url, String title) implements Block {
        public String type() {
            return "embed";
        }
    }
}
