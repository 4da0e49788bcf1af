package org.nashir.search;

import java.sql.PreparedStatement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nashir.search.arabic.VariantRules.Rule;

/**
 * A migration that adds rules to the variant list. A variant the editors already have keeps their rule: from the first
 * list on, the list is theirs.
 */
abstract class VariantSeed extends BaseJavaMigration {

    abstract List<Rule> rules();

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into search_variant (variant, canonical, beginning) select ?, ?, ?"
                        + " where not exists (select 1 from search_variant where variant = ?)")) {
            for (Rule rule : rules()) {
                insert.setString(1, rule.variant());
                insert.setString(2, rule.canonical());
                insert.setBoolean(3, rule.beginning());
                insert.setString(4, rule.variant());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
