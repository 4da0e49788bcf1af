package org.nashir.search;

import java.util.List;
import java.util.stream.Stream;
import org.nashir.search.arabic.VariantRules.Rule;
import org.springframework.stereotype.Component;

/**
 * The months under their regional names (جانفي and كانون الثاني are يناير; Maghreb, Levant and Iraq, Egypt and the
 * Gulf), and brand names typed as two words, added to every site's variant list. Each class meets at the Egyptian
 * name. آب (August in the Levant) is left out: folded as the index folds hamza and madda, it is أب (father), which
 * ANT's 10,161 stories have in 211 while none has آب, so a rule would bring fathers into every search for August.
 */
@Component
public class V26__SeedRegionalNames extends VariantSeed {

    public static final List<Rule> RULES = List.of(
            new Rule("جانفي", "يناير", false),
            new Rule("كانون الثاني", "يناير", false),
            new Rule("فيفري", "فبراير", false),
            new Rule("شباط", "فبراير", false),
            new Rule("آذار", "مارس", false),
            new Rule("أفريل", "أبريل", false),
            new Rule("نيسان", "أبريل", false),
            new Rule("ماي", "مايو", false),
            new Rule("أيار", "مايو", false),
            new Rule("جوان", "يونيو", false),
            new Rule("حزيران", "يونيو", false),
            new Rule("جويلية", "يوليو", false),
            new Rule("يوليوز", "يوليو", false),
            new Rule("تموز", "يوليو", false),
            new Rule("أوت", "أغسطس", false),
            new Rule("غشت", "أغسطس", false),
            new Rule("أيلول", "سبتمبر", false),
            new Rule("شتنبر", "سبتمبر", false),
            new Rule("تشرين الأول", "أكتوبر", false),
            new Rule("تشرين الثاني", "نوفمبر", false),
            new Rule("نونبر", "نوفمبر", false),
            new Rule("كانون الأول", "ديسمبر", false),
            new Rule("دجنبر", "ديسمبر", false),
            new Rule("فيس بوك", "فيسبوك", false),
            new Rule("يو تيوب", "يوتيوب", false),
            new Rule("واتس اب", "واتساب", false));

    /** The list a new site starts with: this migration's rules after the first list's. */
    public static final List<Rule> DEFAULTS = Stream.concat(V5__SeedSearchVariants.RULES.stream(), RULES.stream()).toList();

    @Override
    List<Rule> rules() {
        return RULES;
    }
}
