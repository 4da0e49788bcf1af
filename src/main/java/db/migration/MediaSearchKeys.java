package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.nashir.media.MediaSearchKey;

/** Writes every image's search key again, as {@link MediaSearchKey} folds it now. */
final class MediaSearchKeys {

    private MediaSearchKeys() {
    }

    static void refill(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, alt_text, caption, credit from media_asset");
                PreparedStatement update = connection.prepareStatement(
                        "update media_asset set search_key = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, MediaSearchKey.of(rows.getString(2), rows.getString(3), rows.getString(4)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
