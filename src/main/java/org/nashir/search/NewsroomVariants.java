package org.nashir.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.nashir.search.arabic.VariantRules;
import org.nashir.search.arabic.VariantRules.Rule;
import org.nashir.shared.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The variant spellings editors maintain (ترمب → ترامب). Read with plain JDBC because the analyzers that
 * use it are built while JPA itself starts. A change applies to new text at once and to the stories
 * already indexed once the index is rebuilt, which the back office starts after a change.
 */
@Component
public class NewsroomVariants implements Supplier<VariantRules> {

    public static final int MAX_LENGTH = 100;
    /** Words on a phrase rule's variant side: month names run to two (كانون الثاني), brand names to three. */
    public static final int MAX_WORDS = 4;

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

    /**
     * The rules as editors write them: one a line, {@code ترمب = ترامب}; a trailing * on both sides marks a word
     * beginning; the variant may be several words ({@code كانون الثاني = يناير}).
     */
    public static String format(List<Rule> rules) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : rules) {
            String star = rule.beginning() ? "*" : "";
            text.append(rule.variant()).append(star).append(" = ").append(rule.canonical()).append(star).append('\n');
        }
        return text.toString();
    }

    /** Reads rules written as {@link #format} writes them; a wrong line is refused with its number. */
    public static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=", -1);
            int number = i + 1;
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new InvalidInputException("variants", "search.variants.shape", number);
            }
            String variant = sides[0].strip();
            String canonical = sides[1].strip();
            boolean beginning = variant.endsWith("*");
            if (beginning != canonical.endsWith("*")) {
                throw new InvalidInputException("variants", "search.variants.wildcard", number);
            }
            variant = variant.replace("*", "").strip().replaceAll("\\s+", " ");
            canonical = canonical.replace("*", "").strip();
            if (variant.isEmpty() || canonical.isEmpty() || variant.length() > MAX_LENGTH || canonical.length() > MAX_LENGTH) {
                throw new InvalidInputException("variants", "search.variants.length", number, MAX_LENGTH);
            }
            // several words become one in the index (كانون الثاني = يناير); the one they become is a single word, and a
            // beginning is the start of a single word
            if (canonical.contains(" ") || (beginning && variant.contains(" "))) {
                throw new InvalidInputException("variants", "search.variants.one-word", number);
            }
            if (variant.split(" ").length > MAX_WORDS) {
                throw new InvalidInputException("variants", "search.variants.words", number, MAX_WORDS);
            }
            if (!seen.add(variant)) {
                throw new InvalidInputException("variants", "search.variants.repeated", number, variant);
            }
            rules.add(new Rule(variant, canonical, beginning));
        }
        return rules;
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

    static String fingerprint(List<Rule> rules) {
        return Integer.toHexString(rules.hashCode());
    }

    synchronized VariantRules reload() {
        List<Rule> all = list();
        rules = VariantRules.of(all);
        fingerprint = fingerprint(all);
        return rules;
    }
}
