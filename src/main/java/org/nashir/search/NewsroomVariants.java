package org.nashir.search;

import java.util.List;
import java.util.function.Supplier;
import org.nashir.search.arabic.VariantRules;
import org.nashir.search.arabic.VariantRules.Rule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The variant spellings editors maintain (ترمب → ترامب). Read with plain JDBC because the analyzers that
 * use it are built while JPA itself starts. A change applies to new text at once and to the stories
 * already indexed after the reindex that {@link SearchAdministration} starts.
 */
@Component
public class NewsroomVariants implements Supplier<VariantRules> {

    public static final int MAX_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private volatile VariantRules rules;
    private volatile String fingerprint;

    NewsroomVariants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public VariantRules get() {
        VariantRules current = rules;
        if (current == null) {
            current = reload();
        }
        return current;
    }

    public List<Rule> list() {
        return jdbc.query("select variant, canonical, beginning from search_variant order by canonical, variant",
                (row, n) -> new Rule(row.getString(1), row.getString(2), row.getBoolean(3)));
    }

    /** A short digest of the rules, recorded with the index so that a change is noticed at start-up. */
    public String fingerprint() {
        get();
        return fingerprint;
    }

    @Transactional
    public void replace(List<Rule> replacement) {
        jdbc.update("delete from search_variant");
        for (Rule rule : replacement) {
            jdbc.update("insert into search_variant (variant, canonical, beginning) values (?, ?, ?)",
                    rule.variant(), rule.canonical(), rule.beginning());
        }
        reload();
    }

    synchronized VariantRules reload() {
        List<Rule> all = list();
        rules = VariantRules.of(all);
        fingerprint = Integer.toHexString(all.hashCode());
        return rules;
    }
}
