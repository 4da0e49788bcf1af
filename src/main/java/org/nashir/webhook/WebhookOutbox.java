package org.nashir.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.nashir.article.Article;
import org.nashir.article.ArticleDeleted;
import org.nashir.article.ArticlePublished;
import org.nashir.article.ArticleUnpublished;
import org.nashir.article.ArticleUpdated;
import org.nashir.article.Permalinks;
import org.nashir.article.Stories;
import org.nashir.settings.SiteAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a delivery for every interested hook inside the transaction that changes the story: the
 * change and its notifications are committed together or not at all, and a crash between the two
 * cannot lose a notification. Sending happens later, after commit (see {@link WebhookDispatcher}).
 */
@Component
class WebhookOutbox {

    /** Tells the dispatcher, after commit, that there is something to send now. */
    record Queued() {
    }

    private final WebhookRepository hooks;
    private final WebhookDeliveryRepository deliveries;
    private final Stories articles;
    private final SiteAddress address;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookOutbox(WebhookRepository hooks, WebhookDeliveryRepository deliveries, Stories articles,
            SiteAddress address, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.hooks = hooks;
        this.deliveries = deliveries;
        this.articles = articles;
        this.address = address;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ArticlePublished event) {
        queue(WebhookEvent.PUBLISHED, event.articleId());
    }

    @EventListener
    void on(ArticleUpdated event) {
        queue(WebhookEvent.UPDATED, event.articleId());
    }

    @EventListener
    void on(ArticleUnpublished event) {
        queue(WebhookEvent.UNPUBLISHED, event.articleId());
    }

    @EventListener
    void on(ArticleDeleted event) {
        queue(WebhookEvent.DELETED, event.articleId());
    }

    private void queue(WebhookEvent event, long articleId) {
        List<Webhook> interested = hooks.findByActiveTrue().stream().filter(h -> h.wants(event)).toList();
        if (interested.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String payload = payload(event, articleId, now);
        for (Webhook hook : interested) {
            deliveries.save(new WebhookDelivery(hook, event, articleId, payload, now));
        }
        events.publishEvent(new Queued());
    }

    /** What the partner receives: the event, when, and enough of the story to act without another call. */
    private String payload(WebhookEvent event, long articleId, Instant now) {
        ObjectNode root = json.createObjectNode().put("event", event.code()).put("occurred_at", now.toString());
        ObjectNode story = root.putObject("article").put("id", articleId);
        Article article = event == WebhookEvent.DELETED ? null : articles.find(articleId).orElse(null);
        if (article != null) {
            String base = address.base();
            story.put("headline", article.headline())
                    .put("status", article.status().name().toLowerCase())
                    .put("url", base + Permalinks.article(article))
                    .put("api_url", base + "/api/v1/articles/" + articleId)
                    .put("section", article.section().slug())
                    .put("published_at", article.publishedAt() == null ? null : article.publishedAt().toString())
                    .put("updated_at", article.updatedAt().toString());
        }
        return json.writeValueAsString(root);
    }
}
