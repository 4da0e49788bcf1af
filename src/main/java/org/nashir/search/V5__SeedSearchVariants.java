package org.nashir.search;

import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nashir.search.arabic.DefaultVariants;
import org.nashir.search.arabic.VariantRules.Rule;
import org.springframework.stereotype.Component;

/**
 * Gives a new site the default variant list, once; from then on it is the editors'. A Java migration so
 * that the list lives in one place, {@link DefaultVariants}, which the analyzer tests also read.
 */
@Component
class V5__SeedSearchVariants extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into search_variant (variant, canonical, beginning) values (?, ?, ?)")) {
            for (Rule rule : DefaultVariants.RULES) {
                insert.setString(1, rule.variant());
                insert.setString(2, rule.canonical());
                insert.setBoolean(3, rule.beginning());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
