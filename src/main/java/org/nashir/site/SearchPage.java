package org.nashir.site;

import java.util.List;

/** The reader's search page: the form as it was filled in, the results, and what to do when there are none. */
public record SearchPage(Layout layout, String query, String problem, boolean searched, String summary,
        List<Result> results, List<Option> sections, List<Option> authors, String from, String to, boolean newest,
        Pagination pagination, List<Card> latest) {

    /** A result: headline and snippet are escaped HTML with the matched words in {@code <mark>}. */
    public record Result(String headlineHtml, String url, String snippetHtml, String sectionName, String sectionUrl,
            String timeIso, String timeText) {
    }

    public record Option(String value, String label, boolean selected) {
    }
}
