package org.nashir.admin;

import java.util.List;

/**
 * A month of the newsroom's calendar: its weeks from Saturday, each day with what is due on it (a story going out at
 * its scheduled time, or an embargo lifting), in the site's time zone; the months before and after.
 */
public record CalendarPage(AdminLayout layout, String title, List<Day> days, String previousUrl, String nextUrl,
        String problem) {

    /** A day of the month, or a blank before the first ({@code number} null). */
    public record Day(String number, String weekday, boolean today, List<Entry> entries) {
    }

    public record Entry(String time, String headline, String url, String kind) {
    }
}
