package org.nashir.feed;

import java.time.Instant;
import java.util.List;
import org.nashir.shared.SurrogateKeys;

/** One feed, format-neutral: the RSS and Atom writers turn the same record into their own XML. */
record Feed(String title, String description, String htmlUrl, String rssUrl, String atomUrl, String logoUrl,
        String publisher, Instant updated, List<Entry> entries, SurrogateKeys keys) {

    /** URLs are absolute; {@code html} is null when the site sends summaries only. */
    record Entry(String id, String title, String url, Instant published, Instant updated, String summary, String html,
            List<Person> authors, List<String> categories, Image image) {
    }

    record Person(String name, String url) {
    }

    record Image(String url, String type, long length, int width, int height, String alt, String caption, String credit) {
    }
}
