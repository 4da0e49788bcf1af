package org.nashir.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.nashir.article.Article;
import org.nashir.article.PublishedStories;
import org.nashir.author.Author;
import org.nashir.author.AuthorDesk;
import org.nashir.section.SectionDesk;
import org.nashir.settings.SiteAddress;
import org.nashir.settings.SiteSettingsService;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.NotFoundException;
import org.nashir.tag.Tag;
import org.nashir.tag.TagDesk;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The read-only content API, for apps and partners: published stories, sections, authors and tags.
 * Public unless the site settings name a content key, which then comes as {@code ?key=} or in the
 * {@code X-Content-Key} header.
 */
@RestController
@RequestMapping("/api/v1")
@Transactional(readOnly = true)
// apps and partner pages read it from browsers; it only ever reads published content
@CrossOrigin(methods = RequestMethod.GET, allowedHeaders = ContentKey.HEADER)
class ContentApiController {


    private final PublishedStories stories;
    private final SectionDesk sections;
    private final AuthorDesk authors;
    private final TagDesk tags;
    private final ApiViews views;
    private final SiteSettingsService settings;
    private final SiteAddress address;

    ContentApiController(PublishedStories stories, SectionDesk sections,
            AuthorDesk authors, TagDesk tags, ApiViews views, SiteSettingsService settings, SiteAddress address) {
        this.stories = stories;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.views = views;
        this.settings = settings;
        this.address = address;
    }

    record Meta(int limit, @JsonProperty("next_cursor") String nextCursor, String next) {
    }

    record Articles(List<ApiViews.ArticleView> articles, Meta meta) {
    }

    record Sections(List<ApiViews.SectionView> sections) {
    }

    record Authors(List<ApiViews.AuthorView> authors, Meta meta) {
    }

    record Tags(List<ApiViews.TagView> tags, Meta meta) {
    }

    @GetMapping("/articles")
    Articles articles(@RequestParam(required = false) String section, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String author,
            @RequestParam(name = "updated_since", required = false) String updatedSince,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String include, HttpServletRequest request) {
        ApiRequests.allowOnly(request, Set.of("section", "tag", "author", "updated_since", "cursor", "limit", "include"));
        if (include != null && !include.equals("body")) {
            throw new InvalidInputException("include", "api.include");
        }
        int size = ApiRequests.limit(limit);
        PublishedStories.Filter filter = new PublishedStories.Filter(
                section == null ? null : sections.bySlug(section).orElseThrow(() -> unknown("section", "api.section.unknown")),
                tag == null ? null : tags.bySlug(tag).orElseThrow(() -> unknown("tag", "api.tag.unknown")),
                author == null ? null : authors.bySlug(author).orElseThrow(() -> unknown("author", "api.author.unknown")),
                ApiRequests.time(updatedSince, "updated_since"));
        List<Article> found = stories.page(filter, ApiRequests.after(cursor), size + 1);
        String base = base();
        boolean more = found.size() > size;
        List<Article> shown = more ? found.subList(0, size) : found;
        Article last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = more ? ApiRequests.cursor(last.publishedAt(), last.id()) : null;
        return new Articles(views.articles(shown, base, include != null),
                meta(size, next, request, base));
    }

    @GetMapping("/articles/{id}")
    ApiViews.ArticleView article(@PathVariable long id, HttpServletRequest request) {
        ApiRequests.allowOnly(request, Set.of());
        Article article = stories.find(id).orElseThrow(() -> new NotFoundException("article " + id));
        return views.article(article, base(), true);
    }

    @GetMapping("/sections")
    Sections sections(HttpServletRequest request) {
        ApiRequests.allowOnly(request, Set.of());
        String base = base();
        return new Sections(sections.all().stream().map(s -> ApiViews.section(s, base)).toList());
    }

    @GetMapping("/authors")
    Authors authors(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        ApiRequests.allowOnly(request, Set.of("cursor", "limit"));
        int size = ApiRequests.limit(limit);
        List<Author> found = stories.authorsAfter(ApiRequests.afterId(cursor), size + 1);
        String base = base();
        return new Authors(trim(found, size).stream().map(a -> ApiViews.author(a, base)).toList(),
                meta(size, nextId(found, size, Author::id), request, base));
    }

    @GetMapping("/tags")
    Tags tags(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        ApiRequests.allowOnly(request, Set.of("cursor", "limit"));
        int size = ApiRequests.limit(limit);
        List<Tag> found = stories.tagsAfter(ApiRequests.afterId(cursor), size + 1);
        String base = base();
        return new Tags(trim(found, size).stream().map(t -> ApiViews.tag(t, base)).toList(),
                meta(size, nextId(found, size, Tag::id), request, base));
    }

    private static <T> List<T> trim(List<T> found, int size) {
        return found.size() > size ? found.subList(0, size) : found;
    }

    private static <T> String nextId(List<T> found, int size, Function<T, Long> id) {
        return found.size() > size ? ApiRequests.idCursor(id.apply(found.get(size - 1))) : null;
    }

    /** The next page's full URL: the same query with the new cursor. */
    private static Meta meta(int size, String nextCursor, HttpServletRequest request, String base) {
        String next = nextCursor == null ? null : UriComponentsBuilder.fromUriString(base + request.getRequestURI())
                .query(request.getQueryString()).replaceQueryParam("cursor", nextCursor).replaceQueryParam("key")
                .build(false).toUriString();
        return new Meta(size, nextCursor, next);
    }

    private String base() {
        return address.base();
    }

    private static InvalidInputException unknown(String field, String key) {
        return new InvalidInputException(field, key);
    }
}
