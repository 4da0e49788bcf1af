package org.nashir.shared;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings that belong to the whole installation.
 *
 * @param dataDir where the embedded database, media files and later the search index live
 * @param demo    load the demo site into an empty database on start
 */
@Validated
@ConfigurationProperties("nashir")
public record NashirProperties(@NotNull Path dataDir, boolean demo) {
}
