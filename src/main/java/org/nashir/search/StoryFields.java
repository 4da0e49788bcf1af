package org.nashir.search;

import java.util.Map;

/** Field names of the story index, as queries and projections use them. */
final class StoryFields {

    static final String HEADLINE = "headline";
    static final String HEADLINE_EXACT = "headline_exact";
    static final String STANDFIRST = "standfirst";
    static final String STANDFIRST_EXACT = "standfirst_exact";
    static final String BODY = "body";
    static final String STATUS = "status";
    static final String PUBLISHED_AT = "publishedAt";
    static final String UPDATED_AT = "updatedAt";
    static final String VERSION = "version";
    static final String SECTION = "section";
    static final String OTHER_SECTIONS = "otherSections";
    static final String AUTHORS = "authors";
    static final String TAGS = "tags";
    static final String CREATED_BY = "createdBy";

    /** Where a word counts for how much: the headline most, and the form as typed above its stem. */
    static final Map<String, Float> TEXT_BOOSTS = Map.of(
            HEADLINE, 3f, HEADLINE_EXACT, 4f,
            STANDFIRST, 1.5f, STANDFIRST_EXACT, 2f,
            BODY, 1f);

    private StoryFields() {
    }

    static boolean isExact(String field) {
        return field.endsWith("_exact");
    }
}
