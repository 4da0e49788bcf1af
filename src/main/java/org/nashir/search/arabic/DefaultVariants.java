package org.nashir.search.arabic;

import java.util.List;
import org.nashir.search.arabic.VariantRules.Rule;

/**
 * The variant list a new site starts with: spellings that differ by outlet or country, counted in the
 * ANT corpus (docs/decisions/0003-arabic-search.md). Editors change it in the back office from then on.
 */
public final class DefaultVariants {

    public static final List<Rule> RULES = List.of(
            new Rule("ترمب", "ترامب", false),
            new Rule("أميرك", "أمريك", true),
            new Rule("سورية", "سوريا", false),
            new Rule("غوغل", "جوجل", false),
            new Rule("قوقل", "جوجل", false),
            new Rule("بوتن", "بوتين", false),
            new Rule("أورب", "أوروب", true),
            new Rule("فايروس", "فيروس", false),
            new Rule("بيجين", "بكين", false),
            new Rule("إسطنبول", "اسطنبول", false),
            new Rule("استانبول", "اسطنبول", false));

    private DefaultVariants() {
    }
}
