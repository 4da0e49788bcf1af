package org.nashir.search;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Text from a story in which the words that matched a search are marked, as the story writes them.
 * Pages print the parts through their templates' escaping; {@link #html()} is for the JSON API.
 */
public record Highlighted(List<Part> parts) {

    public record Part(String text, boolean match) {
    }

    public Highlighted {
        parts = List.copyOf(parts);
    }

    /** Escaped HTML with each matched word in {@code <mark>}. */
    public String html() {
        StringBuilder html = new StringBuilder();
        for (Part part : parts) {
            String text = Entities.escape(part.text());
            html.append(part.match() ? "<mark>" + text + "</mark>" : text);
        }
        return html.toString();
    }
}
