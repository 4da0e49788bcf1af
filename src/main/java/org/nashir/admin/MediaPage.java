package org.nashir.admin;

import java.util.List;

/**
 * The media library: search and filters, upload, and the images found; or one image being edited, with its framing
 * and where it is used ({@code askDelete}: the editor asked to delete an image in use, and is asked to confirm).
 */
public record MediaPage(AdminLayout layout, Filters filters, List<Choice> uploaders, List<Item> items, List<String> credits,
        boolean canUpload, Item editing, List<Use> usedIn, boolean askDelete, String error, String previousUrl,
        String nextUrl) {

    public record Item(long id, String thumbnail, String altText, String caption, String credit, int width, int height,
            String card, Frame frame) {
    }

    /** The crop and focal point, in percent of the whole picture and of the crop, as the form shows them. */
    public record Frame(String x, String y, String width, String height, String focusX, String focusY) {
    }

    /** A story or a byline that shows the image. */
    public record Use(String label, String url) {
    }

    /**
     * What the library is narrowed to, as the form sends it: {@code used} "used" or "unused", {@code by} "me" or an
     * account's id, {@code since} "day", "week" or "month"; "" for no narrowing.
     */
    public record Filters(String q, String used, String by, String since) {

        public boolean narrowed() {
            return !q.isEmpty() || !used.isEmpty() || !by.isEmpty() || !since.isEmpty();
        }
    }
}
