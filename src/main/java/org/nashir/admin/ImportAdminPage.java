package org.nashir.admin;

import java.util.List;
import org.nashir.importer.WordPressImportJobs;

/** The WordPress import page: the form, where a running import stands, and the last report in Arabic rows. */
public record ImportAdminPage(AdminLayout layout, String error, WordPressImportJobs.State state, List<Row> statuses,
        List<Row> conversions, List<Row> skipped) {

    public record Row(String label, long count) {
    }
}
