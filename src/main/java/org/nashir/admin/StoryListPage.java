package org.nashir.admin;

import java.util.List;

public record StoryListPage(AdminLayout layout, List<Row> rows, Filters filters, List<EditorPage.Option> sections,
        List<EditorPage.Option> authors, List<EditorPage.Option> statuses, String previousUrl, String nextUrl,
        String count, List<String> problems) {

    public record Row(long id, String headline, String status, String section, String updated, String editUrl) {
    }

    /** What the list is narrowed to, as the form sends it; {@code mine} is "1" for «أخباري», the stories one wrote. */
    public record Filters(String status, String section, String author, String q, String from, String to, String sort,
            String mine) {
    }
}
