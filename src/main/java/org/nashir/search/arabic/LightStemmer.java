package org.nashir.search.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
            "ياسين", "جنين", "تشرين", "نيسان", "حزيران", "كانون", "بنيامين", "سوريا", "اردن", "الله", "تركيا", "عقبه", "المانيا", "المان", "امارات");

    /** A clitic before a protected name: بسوريا, للبنان (where ل + ال would take لبنان's own ل), والمانيا. */
    private static final String CLITICS = "وبلفك";
    /** Endings of an adjective of relation (nisba): السوري, التركية, الألمانيون. */
    private static final String[] NISBA = {"يين", "يون", "يات", "يه", "ي"};

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
        if (word.length() > 2 && CLITICS.indexOf(word.charAt(0)) >= 0 && GAZETTEER.contains(word.substring(1))) {
            return word.substring(1);
        }
        String name = nameOfNisba(word);
        if (name != null) {
            return name;
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
        String name = nameOfNisba(word);
        if (name != null) {
            return name;
        }
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

    /**
     * The protected name an adjective of relation is made from, or null: تركي → تركيا (and not ترك, left),
     * السوري → سوريا (not سور, wall), ألماني → المانيا, لبناني → لبنان.
     */
    private static String nameOfNisba(String word) {
        for (String ending : NISBA) {
            if (word.endsWith(ending)) {
                String base = word.substring(0, word.length() - ending.length());
                for (String name : new String[] {base + "يا", base}) {
                    if (GAZETTEER.contains(name)) {
                        return name;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Every written form the rules above turn into a protected name (بسوريا, للبنان, التركية, والألمانيون → the name),
     * for a chain that has no such rules: each candidate kept only if {@link #stem} makes the name of it.
     */
    static Map<String, String> nameForms() {
        Map<String, String> forms = new TreeMap<>();
        String[] prefixes = {"", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال", "ك", "كال"};
        for (String name : GAZETTEER) {
            List<String> words = new ArrayList<>(List.of(name));
            String base = name.endsWith("يا") ? name.substring(0, name.length() - 2) : name;
            for (String ending : NISBA) {
                words.add(base + ending);
            }
            for (String prefix : prefixes) {
                for (String word : words) {
                    String form = prefix + word;
                    if (!form.equals(name) && stem(form).equals(name)) {
                        forms.put(form, name);
                    }
                }
            }
        }
        return forms;
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
