package org.nashir.webhook;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.nashir.shared.OutboundAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries on its own small pool of threads: right after a commit that queued some, and
 * every few seconds for retries and for whatever another node or a restart left behind. Each attempt
 * is claimed first, so two senders never post the same delivery at the same time; each has a timeout;
 * redirects are not followed, so a delivery reaches the registered URL or nothing.
 */
@Component
class WebhookDispatcher {

    static final String SIGNATURE = "X-Nashir-Signature";
    static final String TIMESTAMP = "X-Nashir-Timestamp";
    static final String EVENT = "X-Nashir-Event";
    static final String DELIVERY = "X-Nashir-Delivery";
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveryRepository deliveries;
    private final TransactionTemplate transactions;
    private final WebhookProperties properties;
    private final Clock clock;
    private final ExecutorService senders;
    private final HttpClient http;
    private final OutboundAddresses outbound;

    WebhookDispatcher(WebhookDeliveryRepository deliveries, TransactionTemplate transactions, WebhookProperties properties,
            Clock clock, OutboundAddresses outbound) {
        this.outbound = outbound;
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(properties.senders(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(WebhookOutbox.Queued queued) {
        senders.execute(this::sendDue);
    }

    @Scheduled(initialDelayString = "${nashir.webhooks.interval:PT5S}", fixedDelayString = "${nashir.webhooks.interval:PT5S}")
    void sendDue() {
        Instant now = clock.instant();
        List<WebhookDelivery> due = transactions.execute(status -> deliveries.findDue(now, Limit.of(BATCH)));
        for (WebhookDelivery delivery : due == null ? List.<WebhookDelivery>of() : due) {
            Instant lease = now.plus(properties.timeout()).plusSeconds(30);
            Integer claimed = transactions.execute(status -> deliveries.claim(delivery.id(), delivery.nextAttemptAt(), lease));
            if (claimed != null && claimed == 1) {
                senders.execute(() -> send(delivery));
            }
        }
    }

    private void send(WebhookDelivery delivery) {
        Webhook hook = delivery.webhook();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        Integer status = null;
        String error;
        try {
            URI target = URI.create(hook.url());
            outbound.check(target);
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Nashir-Webhooks/1")
                    .header(EVENT, delivery.event())
                    .header(DELIVERY, delivery.id().toString())
                    .header(TIMESTAMP, timestamp)
                    .header(SIGNATURE, "sha256=" + sign(hook.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (OutboundAddresses.RefusedException e) {
            error = e.getMessage();
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        record(delivery.id(), status, error);
    }

    private void record(long id, Integer status, String error) {
        transactions.executeWithoutResult(tx -> deliveries.findById(id).ifPresent(delivery -> {
            Instant now = clock.instant();
            if (error == null) {
                delivery.delivered(status, now);
            } else {
                boolean last = delivery.attempts() + 1 >= properties.maxAttempts();
                delivery.failed(status, error, last ? null : now.plus(backoff(delivery.attempts())));
                log.info("Webhook delivery {} to {} failed ({}), attempt {}{}", id, delivery.webhook().url(), error,
                        delivery.attempts(), last ? ", giving up" : "");
            }
        }));
    }

    /** The first retry after {@code firstRetry}, then twice as long each time, never more than an hour. */
    Duration backoff(int failedBefore) {
        Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(failedBefore, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** HMAC-SHA256 of "timestamp.body": the timestamp is signed too, so an old delivery cannot be replayed as new. */
    static String sign(String secret, String timestamp, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
