package org.nashir.admin;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.security.Actor;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The newsroom's calendar: when scheduled stories go out and embargoes lift, a month at a time. */
@Component
class StoryCalendar {

    /** Weekday names from Saturday, the first day of the week in most Arab countries. */
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final ArticleDesk desk;
    private final SiteSettingsService settings;
    private final Clock clock;

    StoryCalendar(ArticleDesk desk, SiteSettingsService settings, Clock clock) {
        this.desk = desk;
        this.settings = settings;
        this.clock = clock;
    }

    /** A moment a story is due at, and what happens then (the message key that says it). */
    private record Due(Instant at, String kind) {
    }

    /** A month of what is scheduled or embargoed, in the site's zone; {@code typed} "2026-12", or this month. */
    @Transactional(readOnly = true)
    CalendarPage month(AdminLayout layout, Actor actor, String typed) {
        ZoneId zone = settings.current().timeZone();
        YearMonth month = YearMonth.now(clock.withZone(zone));
        String problem = null;
        if (typed != null && !typed.isBlank()) {
            try {
                month = YearMonth.parse(typed.strip());
            } catch (DateTimeParseException e) {
                problem = Messages.text("calendar.month.invalid", typed.strip());
            }
        }
        ArabicDates dates = settings.current().dates();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<Integer, List<CalendarPage.Entry>> byDay = new TreeMap<>();
        for (Article a : desk.dueBetween(actor, from, to)) {
            for (Due due : List.of(new Due(a.scheduledAt(), "calendar.scheduled"), new Due(a.embargoUntil(), "calendar.embargo"))) {
                if (due.at() != null && !due.at().isBefore(from) && due.at().isBefore(to)) {
                    byDay.computeIfAbsent(due.at().atZone(zone).getDayOfMonth(), d -> new ArrayList<>()).add(
                            new CalendarPage.Entry(dates.time(due.at()), a.headline(), "/admin/stories/" + a.id(),
                                    Messages.text(due.kind())));
                }
            }
        }
        byDay.values().forEach(list -> list.sort(Comparator.comparing(CalendarPage.Entry::time)));
        List<CalendarPage.Day> days = new ArrayList<>();
        int blanks = WEEK.indexOf(month.atDay(1).getDayOfWeek());
        for (int i = 0; i < blanks; i++) {
            days.add(new CalendarPage.Day(null, null, false, List.of()));
        }
        LocalDate now = LocalDate.now(clock.withZone(zone));
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            days.add(new CalendarPage.Day(dates.number(d), day.getDayOfWeek().getDisplayName(TextStyle.FULL,
                    Locale.forLanguageTag("ar")), day.equals(now), byDay.getOrDefault(d, List.of())));
        }
        return new CalendarPage(layout, dates.month(from.plusSeconds(1)), days,
                "/admin/stories/calendar?month=" + month.minusMonths(1), "/admin/stories/calendar?month=" + month.plusMonths(1),
                problem);
    }

}
