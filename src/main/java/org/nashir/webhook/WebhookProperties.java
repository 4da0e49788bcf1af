package org.nashir.webhook;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How deliveries are sent.
 *
 * @param timeout     how long one attempt may take, connection and answer together
 * @param firstRetry  the wait after the first failure; it doubles after each further one, up to an hour
 * @param maxAttempts attempts before a delivery is given up and marked failed
 * @param senders     deliveries sent at once, so that one slow partner holds up nobody else
 * @param interval    how often due retries are looked for
 */
@Validated
@ConfigurationProperties("nashir.webhooks")
public record WebhookProperties(@DefaultValue("PT10S") Duration timeout, @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("8") @Positive int maxAttempts, @DefaultValue("4") @Positive int senders,
        @DefaultValue("PT5S") Duration interval) {
}
