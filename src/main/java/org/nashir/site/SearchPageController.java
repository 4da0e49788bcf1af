package org.nashir.site;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.PublishedStories;
import org.nashir.author.Author;
import org.nashir.author.AuthorDesk;
import org.nashir.search.StoryHit;
import org.nashir.search.StoryQuery;
import org.nashir.search.StoryResults;
import org.nashir.search.StorySearch;
import org.nashir.section.Section;
import org.nashir.section.SectionDesk;
import org.nashir.settings.SiteSettings;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search}: the reader's search, with filters by section, author and dates, by relevance or
 * newest first. Whatever is typed is searched as words; a filter that makes no sense is explained on the
 * page with status 400, never an error page.
 */
@Controller
class SearchPageController {

    private static final int PAGE_SIZE = 10;
    private static final CacheControl SEARCH_LIFETIME = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final int MAX_PAGE = 1000;

    private final StorySearch search;
    private final SiteLayouts layouts;
    private final SectionDesk sections;
    private final AuthorDesk authors;
    private final PublishedStories stories;
    private final Clock clock;

    SearchPageController(StorySearch search, SiteLayouts layouts, SectionDesk sections, AuthorDesk authors,
            PublishedStories stories, Clock clock) {
        this.search = search;
        this.layouts = layouts;
        this.sections = sections;
        this.authors = authors;
        this.stories = stories;
        this.clock = clock;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String section,
            @RequestParam(required = false) String author, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        SiteSettings site = layouts.settings();
        ArabicDates dates = site.dates();
        ZoneId zone = site.timeZone();
        List<Section> allSections = sections.all();
        List<Author> allAuthors = authors.all();
        Section chosenSection = allSections.stream().filter(s -> s.slug().equals(section)).findFirst().orElse(null);
        Author chosenAuthor = allAuthors.stream().filter(a -> a.slug().equals(author)).findFirst().orElse(null);
        boolean newest = "newest".equals(sort);

        String problem = null;
        Instant fromInstant = null;
        Instant toInstant = null;
        int pageNumber = 1;
        try {
            fromInstant = StoryQuery.day(from, zone, 0, "from");
            toInstant = StoryQuery.day(to, zone, 1, "to");
        } catch (InvalidInputException e) {
            problem = Messages.text("search.date.invalid");
        }
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            problem = Messages.text("search.date.order");
        }
        if (page != null) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                pageNumber = 0;
            }
            if (pageNumber < 1 || pageNumber > MAX_PAGE) {
                problem = Messages.text("search.page.invalid");
            }
        }

        String query = q == null ? "" : q;
        StoryResults results = null;
        if (problem == null && !query.isBlank()) {
            results = search.search(new StoryQuery(query, chosenSection == null ? null : chosenSection.id(),
                    chosenAuthor == null ? null : chosenAuthor.id(), fromInstant, toInstant,
                    newest ? StoryQuery.Order.NEWEST : StoryQuery.Order.RELEVANCE, pageNumber - 1, PAGE_SIZE));
        }
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            // the same words find the same stories for everyone: a browser or CDN may keep them as long as a page
            response.setHeader(HttpHeaders.CACHE_CONTROL, SEARCH_LIFETIME.getHeaderValue());
        }

        Instant now = clock.instant();
        List<SearchPage.Result> shown = new ArrayList<>();
        if (results != null) {
            for (StoryHit hit : results.hits()) {
                Article a = hit.article();
                shown.add(new SearchPage.Result(hit.headline(), Permalinks.article(a), hit.snippet(), a.section().name(), Permalinks.section(a.section()),
                        dates.iso(a.publishedAt()), dates.date(a.publishedAt())));
            }
        }
        boolean searched = results != null;
        String summary = searched ? summary(results, query, dates) : null;
        Pagination pagination = searched ? pagination(results, dates, query, section, author, from, to, sort)
                : new Pagination(null, null, null, null, false);
        SearchPage.Suggestion suggestion = searched && results.suggestion() != null && !results.corrected()
                ? new SearchPage.Suggestion(results.suggestion(), address(results.suggestion(), section, author, from,
                        to, sort))
                : null;
        List<Card> latest = searched && results.hits().isEmpty() || (!searched && problem == null)
                ? SitePages.cards(stories.latest(PublishedStories.Filter.ALL, 5), dates, now)
                : List.of();

        String title = query.isBlank() ? Messages.text("search.title") : Messages.text("search.title.query", shorten(query));
        Layout layout = layouts.layout(site, title, Messages.text("search.description", site.name()), "/search", null);
        model.addAttribute("page", new SearchPage(layout, query, problem, searched, summary, shown,
                allSections.stream().map(s -> new SearchPage.Option(s.slug(), s.name(), s == chosenSection)).toList(),
                allAuthors.stream().map(a -> new SearchPage.Option(a.slug(), a.name(), a == chosenAuthor)).toList(),
                from == null ? "" : from, to == null ? "" : to, newest, pagination, suggestion, latest));
        return "site/search";
    }

    private static String summary(StoryResults results, String query, ArabicDates dates) {
        if (!results.searchable()) {
            return Messages.text("search.no-terms", shorten(query));
        }
        if (results.total() == 0) {
            return Messages.text("search.no-results", shorten(query));
        }
        String count = Messages.text(results.totalExact() ? "search.count" : "search.count.more",
                dates.number(results.total()));
        return results.corrected() ? Messages.text("search.corrected", shorten(query), results.suggestion(), count)
                : count;
    }

    private static Pagination pagination(StoryResults results, ArabicDates dates, String q, String section,
            String author, String from, String to, String sort) {
        int number = results.page() + 1;
        int pages = Math.min(results.pages(), MAX_PAGE);
        String base = address(q, section, author, from, to, sort);
        return new Pagination(dates.number(number), dates.number(Math.max(pages, 1)),
                number > 1 ? base + "&page=" + (number - 1) : null,
                number < pages ? base + "&page=" + (number + 1) : null, "newest".equals(sort));
    }

    /** The search page for these words and filters. */
    private static String address(String q, String section, String author, String from, String to, String sort) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(q));
        appendIfPresent(url, "section", section);
        appendIfPresent(url, "author", author);
        appendIfPresent(url, "from", from);
        appendIfPresent(url, "to", to);
        appendIfPresent(url, "sort", sort);
        return url.toString();
    }

    private static void appendIfPresent(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A query shown back in a title or sentence is cut to a readable length. */
    private static String shorten(String query) {
        String q = query.strip();
        return q.length() <= 60 ? q : q.substring(0, 60) + "…";
    }
}
