package org.nashir.shared;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

/**
 * How Gregorian month names are written. CLDR has one name per country; the dual forms
 * («آب/أغسطس») that pan-Arab newsrooms use are built from two CLDR locales.
 */
public enum MonthStyle {
    EGYPTIAN("ar-EG", null),
    LEVANTINE("ar-SY", null),
    MAGHREB("ar-TN", null),
    MOROCCAN("ar-MA", null),
    LEVANTINE_EGYPTIAN("ar-SY", "ar-EG"),
    EGYPTIAN_LEVANTINE("ar-EG", "ar-SY");

    private final String first;
    private final String second;

    MonthStyle(String first, String second) {
        this.first = first;
        this.second = second;
    }

    public String[] monthNames() {
        String[] names = namesOf(first);
        if (second != null) {
            String[] other = namesOf(second);
            for (int i = 0; i < names.length; i++) {
                names[i] = names[i] + "/" + other[i];
            }
        }
        return names;
    }

    /** Moroccan usage is a 24-hour clock; everyone else writes ص/م. */
    public boolean uses24HourClock() {
        return this == MOROCCAN;
    }

    private static String[] namesOf(String languageTag) {
        return new DateFormatSymbols(ULocale.forLanguageTag(languageTag))
                .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE).clone();
    }
}
