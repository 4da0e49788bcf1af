package org.nashir.article;

import java.util.List;
import java.util.Set;

/** Finds published stories like a given one, for «أخبار ذات علاقة»; the search feature provides it. */
public interface SimilarStories {

    /** Best first; never the story itself nor those in {@code exclude}; possibly fewer than {@code limit}. */
    List<Article> similarTo(Article story, Set<Long> exclude, int limit);
}
