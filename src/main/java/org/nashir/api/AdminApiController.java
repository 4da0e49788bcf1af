package org.nashir.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.StoryDraft;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyCodec;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaStorage;
import org.nashir.security.ApiScope;
import org.nashir.security.ApiTokens;
import org.nashir.settings.SiteAddress;
import org.nashir.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API for newsroom tools. Every call names a token ({@code Authorization: Bearer nsr_…});
 * the token's scope opens the endpoint, and then the very same desk as the back office applies its
 * validation and its role rules, so nothing is possible here that the back office would refuse.
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminApiController {

    private final ArticleDesk desk;
    private final MediaStorage media;
    private final ApiViews views;
    private final SiteAddress address;

    AdminApiController(ArticleDesk desk, MediaStorage media, ApiViews views, SiteAddress address) {
        this.desk = desk;
        this.media = media;
        this.views = views;
        this.address = address;
    }

    /** A story as a tool sends it; {@code body} is {@code {"blocks": […]}} as the content API shows it. */
    record StoryInput(String headline, String standfirst, String slug, @JsonProperty("section_id") Long sectionId,
            @JsonProperty("other_section_ids") List<Long> otherSectionIds, @JsonProperty("author_ids") List<Long> authorIds,
            @JsonProperty("tag_ids") List<Long> tagIds, @JsonProperty("lead_media_id") Long leadMediaId, JsonNode body,
            Boolean breaking, @JsonProperty("embargo_until") Instant embargoUntil, @JsonProperty("seo_title") String seoTitle,
            @JsonProperty("seo_description") String seoDescription, Long version) {

        StoryDraft draft() {
            return new StoryDraft(headline, standfirst, slug, sectionId, otherSectionIds, authorIds, tagIds, leadMediaId,
                    parsedBody(), Boolean.TRUE.equals(breaking), embargoUntil, seoTitle, seoDescription);
        }

        private Body parsedBody() {
            if (body == null || body.isNull()) {
                return new Body(List.of());
            }
            if (body instanceof ObjectNode object && !object.has("version")) {
                ObjectNode versioned = object.deepCopy();
                versioned.put("version", Body.VERSION);
                return BodyCodec.read(versioned);
            }
            return BodyCodec.read(body);
        }
    }

    @PostMapping("/articles")
    @Transactional
    ResponseEntity<ApiViews.ArticleView> create(@RequestBody StoryInput input, HttpServletRequest request) {
        ApiTokens.Caller caller = caller(request, ApiScope.STORIES_WRITE);
        Article article = desk.create(caller.actor(), input.draft());
        String base = base();
        return ResponseEntity.created(URI.create(base + "/api/v1/admin/articles/" + article.id()))
                .body(views.adminArticle(article, base));
    }

    @GetMapping("/articles/{id}")
    @Transactional(readOnly = true)
    ApiViews.ArticleView read(@PathVariable long id, HttpServletRequest request) {
        ApiTokens.Caller caller = caller(request, ApiScope.STORIES_WRITE);
        return views.adminArticle(desk.forEditing(caller.actor(), id), base());
    }

    /** {@code version} must be the one read: a save over somebody else's newer one answers 409. */
    @PutMapping("/articles/{id}")
    @Transactional
    ApiViews.ArticleView update(@PathVariable long id, @RequestBody StoryInput input, HttpServletRequest request) {
        ApiTokens.Caller caller = caller(request, ApiScope.STORIES_WRITE);
        if (input.version() == null) {
            throw new InvalidInputException("version", "api.version.required");
        }
        return views.adminArticle(desk.save(caller.actor(), id, input.version(), input.draft()), base());
    }

    @PostMapping("/articles/{id}/publish")
    @Transactional
    ApiViews.ArticleView publish(@PathVariable long id, HttpServletRequest request) {
        ApiTokens.Caller caller = caller(request, ApiScope.STORIES_PUBLISH);
        return views.adminArticle(desk.publish(caller.actor(), id), base());
    }

    @PostMapping("/articles/{id}/unpublish")
    @Transactional
    ApiViews.ArticleView unpublish(@PathVariable long id, HttpServletRequest request) {
        ApiTokens.Caller caller = caller(request, ApiScope.STORIES_PUBLISH);
        return views.adminArticle(desk.unpublish(caller.actor(), id), base());
    }

    @PostMapping(value = "/media", consumes = "multipart/form-data")
    ResponseEntity<ApiViews.ImageView> upload(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "") String alt, @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit, HttpServletRequest request) {
        ApiTokens.Caller caller = caller(request, ApiScope.MEDIA_WRITE);
        MediaAsset asset;
        try {
            asset = media.upload(caller.actor(), file.getBytes(), alt, caption, credit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.status(201).body(ApiViews.image(asset, base()));
    }

    /** The caller the token check found before the request body was even read (see {@link AdminApiAuthentication}). */
    private static ApiTokens.Caller caller(HttpServletRequest request, ApiScope scope) {
        ApiTokens.Caller caller = (ApiTokens.Caller) request.getAttribute(AdminApiAuthentication.CALLER);
        caller.require(scope);
        return caller;
    }

    private String base() {
        return address.base();
    }
}
