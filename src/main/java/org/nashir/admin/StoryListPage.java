package org.nashir.admin;

import java.util.List;

public record StoryListPage(AdminLayout layout, List<Row> rows, Filters filters, List<EditorPage.Option> sections,
        List<EditorPage.Option> authors, List<EditorPage.Option> statuses, String previousUrl, String nextUrl,
        String count, List<String> problems) {

    /**
     * One story in the list: its bylines, the time it is scheduled for (or its embargo lifts), in the site's zone, who
     * saved it last, and for one in the trash the day it is deleted for good.
     */
    public record Row(long id, String headline, String status, String section, String updated, String editUrl,
            String authors, String scheduled, String lastEditor, String deletedOn) {
    }

    /** The list shows the trash. */
    public boolean trash() {
        return String.valueOf(org.nashir.article.ArticleStatus.TRASHED.ordinal()).equals(filters.status());
    }

    /** The filters as the list's address carries them, for a bulk action to come back to. */
    public String query() {
        return query(filters);
    }

    static String query(Filters filters) {
        return "?status=" + value(filters.status()) + "&section=" + value(filters.section()) + "&author="
                + value(filters.author()) + "&q=" + org.nashir.shared.Slugs.encode(value(filters.q())) + "&from="
                + value(filters.from()) + "&to=" + value(filters.to()) + "&sort=" + value(filters.sort()) + "&mine="
                + value(filters.mine());
    }

    private static String value(String value) {
        return value == null ? "" : value;
    }

    /** What the list is narrowed to, as the form sends it; {@code mine} is "1" for «أخباري», the stories one wrote. */
    public record Filters(String status, String section, String author, String q, String from, String to, String sort,
            String mine) {
    }
}
