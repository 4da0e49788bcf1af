package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills V21's article_image from the stories already kept: the lead, and every image block of the body and of the
 * edits waiting to go live, as the body's JSON names them ({@code "media":12}, {@code "leadMediaId":12}).
 */
public class V22__Fill_article_images extends BaseJavaMigration {

    private static final Pattern NAMED = Pattern.compile("\"(?:media|leadMediaId)\"\\s*:\\s*(\\d{1,18})");

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("select a.id, a.lead_media_id, a.body, a.pending from article a");
                PreparedStatement insert = context.getConnection().prepareStatement(
                        "insert into article_image (article_id, media_id) select ?, id from media_asset where id = ?")) {
            while (rows.next()) {
                Set<Long> images = new LinkedHashSet<>();
                long lead = rows.getLong(2);
                if (!rows.wasNull()) {
                    images.add(lead);
                }
                named(rows.getString(3), images);
                named(rows.getString(4), images);
                for (long image : images) {
                    insert.setLong(1, rows.getLong(1));
                    insert.setLong(2, image);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void named(String json, Set<Long> images) {
        if (json != null) {
            Matcher found = NAMED.matcher(json);
            while (found.find()) {
                images.add(Long.parseLong(found.group(1)));
            }
        }
    }
}
