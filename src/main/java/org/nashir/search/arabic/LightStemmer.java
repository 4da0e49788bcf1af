package org.nashir.search.arabic;

import java.util.Set;

/**
 * Light stemming by the rules of Larkey's light10 (one article-like prefix, then common suffixes), with
 * four changes measured in docs/decisions/0003-arabic-search.md: proper nouns ending like suffixes are protected by a
 * gazetteer (لبنان is not لبن), ة written ت before a pronoun is restored (حكومته → حكومة), a final ا goes first
 * (the accusative مسؤولاً meets مسؤول, and a country فرنسا its adjective الفرنسية), and the bare و prefix is left
 * to {@link LightStemFilter}, which keeps both readings. Works on folded, normalised text.
 */
final class LightStemmer {

    private static final String[] PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};
    private static final String[] SUFFIXES = {"ا", "ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"};
    private static final String[] PRONOUNS = {"هما", "ها", "هم", "هن", "كم", "نا", "ه", "ك", "ي"};

    /** Names whose endings look like suffixes; folded as the index folds them (ة → ه, no hamza). */
    static final Set<String> GAZETTEER = Set.of(
            "لبنان", "سودان", "عمان", "يابان", "ايران", "باكستان", "افغانستان", "كردستان", "اوزبكستان",
            "طاجيكستان", "كازاخستان", "تركمانستان", "قيرغيزستان", "اذربيجان", "يونان", "اسبان", "طهران", "وهران",
            "تطوان", "عمران", "سلمان", "عثمان", "رمضان", "شعبان", "عدنان", "لقمان", "سليمان", "نعمان", "مروان",
            "حمدان", "زيدان", "سفيان", "قحطان", "غسان", "حسان", "عدن", "قران", "فلسطين", "صين", "بحرين", "حسين",
            "ياسين", "جنين", "تشرين", "نيسان", "حزيران", "كانون", "بنيامين", "سوريا", "اردن", "الله", "تركيا", "عقبه");

    private LightStemmer() {
    }

    static boolean isArabicWord(CharSequence word) {
        return word.length() > 0 && word.charAt(0) >= '\u0621' && word.charAt(0) <= '\u064A';
    }

    /** The stem of a word with an article-like prefix; a bare و is not removed here. */
    static String stem(String word) {
        if (GAZETTEER.contains(word)) {
            return word;
        }
        String s = word;
        for (String prefix : PREFIXES) {
            if (s.startsWith(prefix) && s.length() - prefix.length() >= 2) {
                s = s.substring(prefix.length());
                break;
            }
        }
        return stemSuffixes(s);
    }

    static String stemSuffixes(String word) {
        String s = restoreTaMarbuta(word);
        boolean changed = true;
        for (String suffix : SUFFIXES) {
            if (changed && GAZETTEER.contains(s)) {
                return s;
            }
            changed = s.endsWith(suffix) && s.length() - suffix.length() >= 2;
            if (changed) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** حكومته → حكومه: ت + pronoun after a stem of three letters or more, unless ا comes before (حياتي stays). */
    private static String restoreTaMarbuta(String word) {
        if (GAZETTEER.contains(word)) {
            return word;
        }
        for (String pronoun : PRONOUNS) {
            int t = word.length() - pronoun.length() - 1;
            if (t >= 3 && word.endsWith(pronoun) && word.charAt(t) == 'ت' && word.charAt(t - 1) != 'ا') {
                return word.substring(0, t) + "ه";
            }
        }
        return word;
    }
}
