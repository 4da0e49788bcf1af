package org.nashir.reads;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Counting readings ({@code nashir.reads}).
 *
 * @param flushEvery how often a node adds what it counted to the database; {@link ReadCounter#flush()} is scheduled
 *                   with the same key
 * @param rankEvery  how long a node keeps its ranking before asking the database again
 * @param keep       how long hourly counts are kept
 */
@Validated
@ConfigurationProperties("nashir.reads")
public record ReadsProperties(@DefaultValue("PT10S") @NotNull @DurationMin(millis = 100) Duration flushEvery,
        @DefaultValue("PT1M") @NotNull Duration rankEvery, @DefaultValue("P8D") @NotNull @DurationMin(days = 8) Duration keep) {
}
