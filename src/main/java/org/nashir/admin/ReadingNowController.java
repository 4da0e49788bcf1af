package org.nashir.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.PublishedStories;
import org.nashir.reads.MostRead;
import org.nashir.security.StaffPrincipal;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.Messages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The newsroom's live list of what is read now, read from the database on every visit (it refreshes itself each minute). */
@Controller
class ReadingNowController {

    private static final int SHOWN = 30;

    private final MostRead mostRead;
    private final PublishedStories stories;
    private final SiteSettingsService settings;
    private final AdminLayouts layouts;
    private final Clock clock;

    ReadingNowController(MostRead mostRead, PublishedStories stories, SiteSettingsService settings,
            AdminLayouts layouts, Clock clock) {
        this.mostRead = mostRead;
        this.stories = stories;
        this.settings = settings;
        this.layouts = layouts;
        this.clock = clock;
    }

    @GetMapping("/admin/reads")
    ModelAndView now(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
        staff.actor().requireEditor();
        ArabicDates dates = settings.current().dates();
        List<MostRead.Reading> readings = mostRead.now(SHOWN);
        Map<Long, Article> published = stories.cards(readings.stream().map(MostRead.Reading::storyId).toList()).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        List<ReadingNowPage.Row> rows = new ArrayList<>();
        for (MostRead.Reading reading : readings) {
            Article story = published.get(reading.storyId());
            if (story != null) {
                rows.add(new ReadingNowPage.Row(dates.number(rows.size() + 1), story.headline(), Permalinks.article(story),
                        dates.number(reading.lastHour()), dates.number(reading.today())));
            }
        }
        String since = dates.time(clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS));
        return new ModelAndView("admin/reads", "page",
                new ReadingNowPage(layouts.layout(request, Messages.text("reads.title"), null), since, rows));
    }
}
