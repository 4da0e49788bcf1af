package org.nashir.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.PublishedStories;
import org.nashir.article.SimilarStories;
import org.nashir.settings.SiteAddress;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/articles/{id}/related}: the stories a published story's page offers as related. The API calls
 * a story an article everywhere; {@code /api/v1/stories/{id}/related}, its first address, stays as an alias.
 */
@RestController
@CrossOrigin(methods = RequestMethod.GET)
class RelatedApiController {

    private static final int MAX = 20;

    private final PublishedStories articles;
    private final SimilarStories similar;
    private final SiteAddress address;

    RelatedApiController(PublishedStories articles, SimilarStories similar, SiteAddress address) {
        this.address = address;
        this.articles = articles;
        this.similar = similar;
    }

    record Story(long id, String headline, String url, @JsonProperty("published_at") Instant publishedAt,
            String section) {
    }

    record Related(List<Story> results) {
    }

    @GetMapping({"/api/v1/articles/{id}/related", "/api/v1/stories/{id}/related"})
    @Transactional(readOnly = true)
    Related related(@PathVariable long id, @RequestParam(defaultValue = "5") int size) {
        if (size < 1 || size > MAX) {
            throw new InvalidInputException("size", "api.limit", MAX);
        }
        Article story = articles.find(id).orElseThrow(() -> new NotFoundException("article " + id));
        String base = address.base();
        return new Related(similar.similarTo(story, Set.of(), size).stream()
                .map(a -> new Story(a.id(), a.headline(), base + Permalinks.article(a), a.publishedAt(),
                        a.section().name()))
                .toList());
    }
}
