package org.nashir.article.body;

import java.util.List;

/** A block ready for a template: text escaped by the template, inline HTML already sanitised here. */
public sealed interface BlockView {

    record Paragraph(String safeHtml) implements BlockView {
    }

    record Heading(int level, String text) implements BlockView {
    }

    record Quote(String text, String speaker, String role, String outlet) implements BlockView {
    }

    /** An image with its responsive sources; credit is shown after «المصدر:». */
    record Figure(String src, String srcset, int width, int height, String alt, String caption, String credit)
            implements BlockView {
    }

    record ListItems(boolean ordered, List<String> items) implements BlockView {
    }

    record Related(String title, List<Link> links) implements BlockView {
    }

    record Embed(String providerName, String url, String host, String title) implements BlockView {
    }

    record Link(String text, String url) {
    }
}
