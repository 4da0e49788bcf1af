package org.nashir.site;

import java.util.List;
import org.nashir.search.Highlighted;

/** The reader's search page: the form as it was filled in, the results, and what to do when there are none. */
public record SearchPage(Layout layout, String query, String problem, boolean searched, String summary,
        List<Result> results, List<Option> sections, List<Option> authors, String from, String to, boolean newest,
        Pagination pagination, Suggestion suggestion, List<Card> latest) {

    /** Whether the reader narrowed the search: then the filters show unfolded. */
    public boolean filtered() {
        return !from.isEmpty() || !to.isEmpty() || newest || sections.stream().anyMatch(Option::selected)
                || authors.stream().anyMatch(Option::selected) || problem != null;
    }

    /** «هل تقصد»: words the reader may have meant, and the search for them. */
    public record Suggestion(String text, String url) {
    }

    /** A result: headline and snippet with the matched words marked; the snippet may be absent. */
    public record Result(Highlighted headline, String url, Highlighted snippet, String sectionName, String sectionUrl,
            String timeIso, String timeText) {
    }

    public record Option(String value, String label, boolean selected) {
    }
}
