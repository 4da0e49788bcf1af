package org.nashir.admin;

import java.util.List;

/** The media library: search, upload, and the images found; or one image being edited, with where it is used. */
public record MediaPage(AdminLayout layout, String query, List<Item> items, List<String> credits, boolean canUpload,
        Item editing, List<EditorPage.Option> usedIn, String error, String previousUrl, String nextUrl) {

    public record Item(long id, String thumbnail, String altText, String caption, String credit, int width, int height) {
    }
}
