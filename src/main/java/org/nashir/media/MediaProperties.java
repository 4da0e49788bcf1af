package org.nashir.media;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on uploaded images.
 *
 * @param maxUploadBytes largest file accepted (default 20 MB)
 * @param maxPixels      largest width × height accepted, checked before decoding: a small file can
 *                       declare a huge image (a decompression bomb)
 */
@Validated
@ConfigurationProperties("nashir.media")
public record MediaProperties(@DefaultValue("20971520") @Positive long maxUploadBytes,
        @DefaultValue("50000000") @Positive long maxPixels) {
}
