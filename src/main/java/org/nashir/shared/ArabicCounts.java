package org.nashir.shared;

import java.util.function.LongFunction;

/**
 * A number with its noun as Arabic says it, by CLDR's plural rules through ICU plural messages in the bundle
 * ({@code count.*}): «خبر واحد»، «خبران»، «3 أخبار»، «25 خبراً»، «100 خبر»، and «لا أخبار» for none.
 */
public final class ArabicCounts {

    /** Nouns that are counted; each is a plural message with the count and the count as written. */
    public enum Noun {
        STORIES("count.stories"),
        LETTERS("count.letters"),
        MINUTES("count.minutes");

        private final String key;

        Noun(String key) {
            this.key = key;
        }
    }

    private ArabicCounts() {
    }

    public static String of(long n, Noun noun) {
        return of(n, noun, String::valueOf);
    }

    /** With the number written as the site writes numbers (Arabic-Indic digits where it is set so). */
    public static String of(long n, Noun noun, LongFunction<String> number) {
        return Messages.text(noun.key, n, number.apply(n));
    }

    public static String stories(long n) {
        return of(n, Noun.STORIES);
    }

    public static String letters(long n) {
        return of(n, Noun.LETTERS);
    }
}
