package org.nashir.admin;

import java.util.List;

/**
 * The management pages for sections, authors, tags and staff accounts: one shape, a list of rows
 * with their own small forms, and a form to add one more.
 */
public record ListPage(AdminLayout layout, String kind, String heading, List<Row> rows, List<EditorPage.Option> choices,
        List<Choice> roles, List<EditorPage.Option> images, String error) {

    public record Row(long id, String name, String detail, String extra, boolean enabled, Long imageId) {
    }
}
