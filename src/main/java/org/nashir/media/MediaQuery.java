package org.nashir.media;

import java.time.Instant;

/**
 * What the library is narrowed to: words in the alt text, caption or credit (folded as Arabic is), who uploaded
 * it (null: anyone), and since when (null: ever).
 */
public record MediaQuery(String typed, Long uploader, Instant since) {

    public static MediaQuery words(String typed) {
        return new MediaQuery(typed, null, null);
    }

    /** The typed words as the folded LIKE pattern the search key is matched with; "" matches every image. */
    public String pattern() {
        return MediaSearchKey.pattern(typed == null ? "" : typed);
    }

    /** 0 for anyone: a null parameter cannot be typed by PostgreSQL in "is null". */
    public long uploaderOrZero() {
        return uploader == null ? 0 : uploader;
    }

    public Instant sinceOrEver() {
        return since == null ? Instant.EPOCH : since;
    }
}
