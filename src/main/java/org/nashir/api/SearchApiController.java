package org.nashir.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.author.AuthorDesk;
import org.nashir.search.StoryQuery;
import org.nashir.search.StoryResults;
import org.nashir.search.StorySearch;
import org.nashir.section.SectionDesk;
import org.nashir.settings.SiteAddress;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.InvalidInputException;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search} and {@code GET /api/v1/search/suggest}; documented in the README. */
@RestController
@CrossOrigin(methods = RequestMethod.GET)
@RequestMapping("/api/v1/search")
class SearchApiController {

    private final StorySearch search;
    private final SectionDesk sections;
    private final AuthorDesk authors;
    private final SiteSettingsService settings;
    private final SiteAddress address;

    SearchApiController(StorySearch search, SectionDesk sections, AuthorDesk authors,
            SiteSettingsService settings, SiteAddress address) {
        this.address = address;
        this.search = search;
        this.sections = sections;
        this.authors = authors;
        this.settings = settings;
    }

    record Result(long id, String headline, String url, @JsonProperty("published_at") Instant publishedAt,
            String section, String snippet, float score) {
    }

    /**
     * {@code suggestion}: what the reader may have meant («هل تقصد»), or null; {@code corrected}: the results are the
     * suggestion's, because what was typed found nothing.
     */
    record Results(long total, int page, int size, String suggestion, boolean corrected, List<Result> results) {
    }

    record Suggestion(long id, String headline, String url) {
    }

    record Suggestions(List<Suggestion> suggestions) {
    }

    @GetMapping
    Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String section,
            @RequestParam(required = false) String author, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size) {
        if (page < 0 || page > 10_000) {
            throw new InvalidInputException("page", "api.page");
        }
        if (size < 1 || size > StoryQuery.MAX_SIZE) {
            throw new InvalidInputException("size", "api.size", StoryQuery.MAX_SIZE);
        }
        StoryQuery.Order order;
        if (sort == null || sort.equals("relevance")) {
            order = StoryQuery.Order.RELEVANCE;
        } else if (sort.equals("newest")) {
            order = StoryQuery.Order.NEWEST;
        } else {
            throw new InvalidInputException("sort", "api.sort");
        }
        Long sectionId = section == null || section.isBlank() ? null : sections.bySlug(section.strip())
                .orElseThrow(() -> new InvalidInputException("section", "api.section.unknown")).id();
        Long authorId = author == null || author.isBlank() ? null : authors.bySlug(author.strip())
                .orElseThrow(() -> new InvalidInputException("author", "api.author.unknown")).id();
        ZoneId zone = settings.current().timeZone();
        Instant fromInstant = StoryQuery.day(from, zone, 0, "from");
        Instant toInstant = StoryQuery.day(to, zone, 1, "to");
        StoryResults results = search.search(new StoryQuery(q, sectionId, authorId, fromInstant, toInstant, order, page,
                size));
        String base = address.base();
        return new Results(results.total(), page, size, results.suggestion(), results.corrected(),
                results.hits().stream()
                .map(hit -> new Result(hit.article().id(), hit.article().headline(),
                        base + Permalinks.article(hit.article()), hit.article().publishedAt(),
                        hit.article().section().name(), hit.snippet() == null ? null : hit.snippet().html(),
                        hit.score()))
                .toList());
    }

    @GetMapping("/suggest")
    Suggestions suggest(@RequestParam(required = false) String q) {
        String base = address.base();
        List<Article> found = search.suggest(q);
        return new Suggestions(found.stream()
                .map(a -> new Suggestion(a.id(), a.headline(), base + Permalinks.article(a))).toList());
    }
}
