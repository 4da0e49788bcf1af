package org.nashir.search;

/** The search index cannot answer now (the search cluster is unreachable); pages and the API answer 503. */
public class SearchUnavailableException extends RuntimeException {

    SearchUnavailableException(Throwable cause) {
        super("البحث غير متاح مؤقتاً", cause);
    }
}
