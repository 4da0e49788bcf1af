package org.nashir.site;

/**
 * Previous and next links of a paged list; the page numbers are already in the site's digits. {@code byTime}: the
 * list runs newest first, so its pages are «الأحدث» and «الأقدم» rather than «السابق» and «التالي».
 */
public record Pagination(String pageText, String totalText, String previousUrl, String nextUrl, boolean byTime) {

    public boolean needed() {
        return previousUrl != null || nextUrl != null;
    }
}
