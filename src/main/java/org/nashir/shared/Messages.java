package org.nashir.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every text the site and the newsroom are told from Java code, by key, from {@code messages/ar.properties}: ICU
 * message patterns, so a count takes its Arabic plural form there («خبر واحد»، «خبران»، «3 أخبار»). Dates and
 * numbers arrive as arguments already written by the site's own rules ({@link ArabicDates}), so the time zone,
 * month names and digits an administrator chose hold in messages too. A key that is not in the bundle is a
 * programming error, caught by {@code MessageBundleTests} before it ships.
 */
public final class Messages {

    static final String BUNDLE = "messages/ar.properties";

    // Digits in messages are Western unless an argument was written otherwise, as everywhere on the site.
    private static final ULocale LOCALE = ULocale.forLanguageTag("ar-u-nu-latn");
    private static final Map<String, String> PATTERNS = load();

    private Messages() {
    }

    /** The message under {@code key} with its arguments in place ({0}, {1}, …); a moment is written as ISO 8601. */
    public static String text(String key, Object... args) {
        return text(null, key, args);
    }

    /** The same, with every moment among the arguments written by the site's date rules. */
    public static String text(ArabicDates dates, String key, Object... args) {
        String pattern = PATTERNS.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No message under " + key + " in " + BUNDLE);
        }
        if (args.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        // a number outside a plural is an identifier or a limit, written as is (ICU would group its digits)
        boolean plural = pattern.contains("plural");
        Object[] written = args.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof Instant instant) {
                written[i] = dates == null ? instant.toString() : dates.dateTime(instant);
            } else if (written[i] instanceof Number number && !plural) {
                written[i] = number.toString();
            }
        }
        return new MessageFormat(pattern, LOCALE).format(written);
    }

    static Set<String> keys() {
        return PATTERNS.keySet();
    }

    static String pattern(String key) {
        return PATTERNS.get(key);
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is missing from the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> patterns = new TreeMap<>();
        properties.forEach((key, value) -> patterns.put((String) key, (String) value));
        return Map.copyOf(patterns);
    }
}
