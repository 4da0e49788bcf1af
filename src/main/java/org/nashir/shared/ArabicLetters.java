package org.nashir.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The letters the search index counts as one, before any other folding: the hamza's seats differ by country
 * (مسؤول, مسئول), Persian keyboards type their own letters for Arabic ones and for foreign sounds, and the Arabic
 * decimal signs. Story search and the media library's search fold with the same map.
 */
public final class ArabicLetters {

    public static final Map<String, String> MAP = map();

    private ArabicLetters() {
    }

    /** The text with every letter of the map replaced. */
    public static String fold(String text) {
        String letters = text;
        for (Map.Entry<String, String> letter : MAP.entrySet()) {
            letters = letters.replace(letter.getKey(), letter.getValue());
        }
        return letters;
    }

    private static Map<String, String> map() {
        Map<String, String> letters = new LinkedHashMap<>();
        letters.put("ؤ", "ء");
        letters.put("ئ", "ء");
        letters.put("و\u0654", "ء");
        letters.put("ي\u0654", "ء");
        letters.put("ى\u0654", "ء");
        letters.put("ڤ", "ف");
        letters.put("گ", "ك");
        letters.put("پ", "ب");
        letters.put("چ", "ج");
        letters.put("ک", "ك");
        letters.put("ی", "ي");
        letters.put("ے", "ي");
        letters.put("ۀ", "ه");
        letters.put("ہ", "ه");
        letters.put("\u0670", "");
        letters.put("٫", ".");
        letters.put("٬", "");
        return Collections.unmodifiableMap(letters);
    }
}
