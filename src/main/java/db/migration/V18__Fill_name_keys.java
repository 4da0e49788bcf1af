package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nashir.shared.NameKeys;

/**
 * Fills the keys V17 added from what is already kept: names of bylines, tags and sections, and the words of each
 * image. The folding is Java's (NameKeys), not SQL's.
 */
public class V18__Fill_name_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        for (String table : new String[] {"author", "tag", "section"}) {
            try (Statement select = context.getConnection().createStatement();
                    ResultSet rows = select.executeQuery("select id, name from " + table);
                    PreparedStatement update = context.getConnection()
                            .prepareStatement("update " + table + " set name_key = ? where id = ?")) {
                while (rows.next()) {
                    update.setString(1, NameKeys.of(rows.getString(2)));
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        MediaSearchKeys.refill(context.getConnection());
    }
}
