package org.nashir.admin;

import java.util.List;

/** A story's saved versions, newest first, and the comparison of two of them (null while fewer than two exist). */
public record RevisionsPage(AdminLayout layout, long articleId, List<Line> revisions, int from, int to,
        RevisionDiff.Comparison comparison) {

    public record Line(int number, String savedBy, String savedAt, String headline) {
    }
}
