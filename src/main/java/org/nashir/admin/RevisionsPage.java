package org.nashir.admin;

import java.util.List;

public record RevisionsPage(AdminLayout layout, long articleId, List<Line> revisions, int from, int to,
        List<RevisionDiff.Segment> headline, List<RevisionDiff.BlockChange> changes) {

    public record Line(int number, String savedBy, String savedAt, String headline) {
    }
}
