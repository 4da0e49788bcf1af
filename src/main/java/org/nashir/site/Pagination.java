package org.nashir.site;

/** Previous and next links of a paged list; the page numbers are already in the site's digits. */
public record Pagination(String pageText, String totalText, String previousUrl, String nextUrl) {

    public boolean needed() {
        return previousUrl != null || nextUrl != null;
    }
}
