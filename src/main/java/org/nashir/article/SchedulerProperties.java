package org.nashir.article;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Scheduled publishing. {@link ArticleDesk#publishDue()} is scheduled with these same keys; binding them here is
 * what checks them at start.
 *
 * @param interval     how often stories whose time has come are looked for
 * @param initialDelay the first look after start
 */
@Validated
@ConfigurationProperties("nashir.scheduler")
public record SchedulerProperties(@DefaultValue("PT30S") @NotNull @DurationMin(millis = 100) Duration interval,
        @DefaultValue("PT5S") @NotNull Duration initialDelay) {
}
