package org.nashir.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which two spellings of one name are the same byline, tag or section: «دبي ـ العربية.نت»,
 * «دبي- العربية.نت» and «دبي - العربيه نت» share one. Arabic folding as the search index folds (hamza
 * seats, alef maqsura, taa marbuta, diacritics, tatweel, Arabic-Indic and Persian digits), Latin letters
 * in lower case, and everything that is not a letter or a digit (spaces, dashes, dots, punctuation)
 * left out, so that «عبدالله» and «عبد الله» meet too.
 */
public final class NameKeys {

    /** As long as the longest name (an author's 200 letters) can make: folding never lengthens a name. */
    public static final int MAX_LENGTH = 300;

    private NameKeys() {
    }

    public static String of(String name) {
        String made = fold(name);
        return made.length() > MAX_LENGTH ? made.substring(0, MAX_LENGTH) : made;
    }

    /**
     * The same folding for text of any length, to find one piece of text in another: the media library's search
     * looks for the folded words typed in the folded alt text, caption and credit of each image.
     */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int folded = fold(cp);
            if (folded >= 0 && Character.isLetterOrDigit(folded)) {
                key.appendCodePoint(folded);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The letter a code point counts as, or -1 for one that does not count. */
    private static int fold(int cp) {
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) {
            return -1; // diacritics, superscript alef, tatweel
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
            return '0' + (cp - 0x0660);
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return '0' + (cp - 0x06F0);
        }
        return switch (cp) {
            case 0x0622, 0x0623, 0x0625, 0x0671 -> 0x0627; // آ أ إ ٱ → ا
            case 0x0624 -> 0x0648; // ؤ → و
            case 0x0626, 0x0649, 0x06CC -> 0x064A; // ئ ى ی → ي
            case 0x0629 -> 0x0647; // ة → ه
            case 0x06A9 -> 0x0643; // ک → ك
            default -> cp;
        };
    }
}
