package org.nashir.site;

import java.util.List;

/** «الأكثر قراءة»: today's and this week's most read stories, most read first; empty before anything is read. */
public record MostReadBox(List<Card> today, List<Card> week) {

    public boolean isEmpty() {
        return today.isEmpty() && week.isEmpty();
    }
}
