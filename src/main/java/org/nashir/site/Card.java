package org.nashir.site;

import org.nashir.article.body.BlockView.Figure;

/** One story in a list: home blocks, section fronts, author and tag pages. */
public record Card(String headline, String url, String standfirst, String sectionName, String sectionUrl,
        String timeIso, String timeText, Figure image) {
}
