package org.nashir.shared;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.function.LongFunction;

/**
 * A number with its noun as Arabic says it, by CLDR's plural rules (ICU): «خبر واحد»، «خبران»، «3 أخبار»،
 * «25 خبراً»، «100 خبر»، and «لا أخبار» for none.
 */
public final class ArabicCounts {

    private static final PluralRules RULES = PluralRules.forLocale(ULocale.forLanguageTag("ar"));

    /** The forms of one noun: none, one, two, 3–10 (plural), 11–99 (accusative singular), 100 and up. */
    public record Noun(String none, String one, String two, String few, String many, String other) {
    }

    public static final Noun STORIES = new Noun("لا أخبار", "خبر واحد", "خبران", "أخبار", "خبراً", "خبر");
    public static final Noun LETTERS = new Noun("لا حروف", "حرف واحد", "حرفان", "أحرف", "حرفاً", "حرف");
    public static final Noun IMAGES = new Noun("لا صور", "صورة واحدة", "صورتان", "صور", "صورة", "صورة");

    private ArabicCounts() {
    }

    public static String of(long n, Noun noun) {
        return of(n, noun, String::valueOf);
    }

    /** With the number written as the site writes numbers (Arabic-Indic digits where it is set so). */
    public static String of(long n, Noun noun, LongFunction<String> number) {
        return switch (RULES.select(n)) {
            case "zero" -> noun.none();
            case "one" -> noun.one();
            case "two" -> noun.two();
            case "few" -> number.apply(n) + " " + noun.few();
            case "many" -> number.apply(n) + " " + noun.many();
            default -> number.apply(n) + " " + noun.other();
        };
    }

    public static String stories(long n) {
        return of(n, STORIES);
    }

    public static String letters(long n) {
        return of(n, LETTERS);
    }
}
