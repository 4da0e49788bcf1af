package org.nashir.search;

import java.util.List;
import org.nashir.search.arabic.VariantRules.Rule;
import org.springframework.stereotype.Component;

/**
 * Gives a new site the default variant list, once; from then on it is the editors'. The list is written here and
 * only here, frozen as it was when this migration first ran: what a new site starts with must not change under a
 * migration already applied elsewhere, so a change to the defaults is a new migration. The spellings differ by
 * outlet or country, counted in the ANT corpus (docs/decisions/0003-arabic-search.md); the analyzer's tests read
 * the same list, with the later ones ({@link V26__SeedRegionalNames#DEFAULTS}).
 */
@Component
public class V5__SeedSearchVariants extends VariantSeed {

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

    @Override
    List<Rule> rules() {
        return RULES;
    }
}
