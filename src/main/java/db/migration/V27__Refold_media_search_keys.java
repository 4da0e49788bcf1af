package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The media library's search keys, folded with the search index's letter map (مسؤول and مسئول meet). */
public class V27__Refold_media_search_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        MediaSearchKeys.refill(context.getConnection());
    }
}
