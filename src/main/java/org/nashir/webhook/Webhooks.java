package org.nashir.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.nashir.security.Actor;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.OutboundAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, switching and removing hooks, and reading their delivery log: the administrator's work. */
@Service
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger audit = LoggerFactory.getLogger(Webhooks.class);
    static final int LOG_SIZE = 50;

    private final WebhookRepository hooks;
    private final WebhookDeliveryRepository deliveries;
    private final Clock clock;
    private final OutboundAddresses outbound;

    Webhooks(WebhookRepository hooks, WebhookDeliveryRepository deliveries, Clock clock, OutboundAddresses outbound) {
        this.hooks = hooks;
        this.deliveries = deliveries;
        this.clock = clock;
        this.outbound = outbound;
    }

    @Transactional
    public Webhook register(Actor actor, String url, Set<WebhookEvent> events) {
        actor.requireAdministrator();
        if (events.isEmpty()) {
            throw new InvalidInputException("events", "webhook.events.required");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String checked = checkedUrl(url);
        // refused now, where the administrator sees why; each delivery checks again, as names may point elsewhere later
        try {
            outbound.check(URI.create(checked));
        } catch (OutboundAddresses.RefusedException e) {
            throw e.asInvalid("url");
        }
        Webhook hook = hooks.save(new Webhook(checked, HexFormat.of().formatHex(secret), events, clock.instant()));
        audit.info("Webhook {} to {} registered by {}", hook.id(), checked, actor.username());
        return hook;
    }

    @Transactional(readOnly = true)
    public List<Webhook> all() {
        return hooks.findAllByOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public Webhook find(long id) {
        return hooks.findById(id).orElseThrow(() -> new NotFoundException("webhook " + id));
    }

    @Transactional(readOnly = true)
    public List<WebhookDelivery> log(long id) {
        return deliveries.findByWebhookIdOrderByCreatedAtDescIdDesc(id, Limit.of(LOG_SIZE));
    }

    @Transactional
    public void activate(Actor actor, long id, boolean active) {
        actor.requireAdministrator();
        find(id).activate(active);
    }

    /** Its deliveries go with it (the foreign key cascades). */
    @Transactional
    public void remove(Actor actor, long id) {
        actor.requireAdministrator();
        Webhook hook = find(id);
        hooks.delete(hook);
        audit.info("Webhook {} to {} removed by {}", id, hook.url(), actor.username());
    }

    /** An absolute http(s) URL without credentials in it: deliveries go to this address and nowhere else. */
    static String checkedUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        try {
            URI uri = new URI(trimmed);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getUserInfo() != null || uri.getFragment() != null || trimmed.length() > 2000) {
                throw new URISyntaxException(trimmed, "not an http(s) address");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "webhook.url.invalid");
        }
    }
}
