package org.nashir.search;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The search index's upkeep, and the OpenSearch cluster with the {@code opensearch} profile
 * (docs/operators/scale-out.md).
 *
 * @param checkEvery how often the index is compared with the database; rebuilt when they disagree twice in a row
 * @param hosts      the cluster's nodes, {@code host:port,host:port}
 * @param protocol   {@code http} or {@code https}
 * @param username   basic authentication, when the cluster asks for it (empty: none)
 * @param password   its password
 */
@Validated
@ConfigurationProperties("nashir.search")
public record SearchProperties(@DefaultValue("PT5M") @NotNull @DurationMin(seconds = 1) Duration checkEvery,
        @Pattern(regexp = "[^\\s,]+(,[^\\s,]+)*", message = "host:port, separated by commas") String hosts,
        @Pattern(regexp = "https?", message = "http or https") String protocol, String username, String password) {
}
