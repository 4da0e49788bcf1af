package org.nashir.shared;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests the server makes itself (webhooks, image downloads in imports).
 *
 * @param allowedHosts hosts or addresses on an inside network (loopback, private, link-local) that may be reached
 *                     anyway; every other inside address is refused (blank entries, as a trailing comma makes, are
 *                     ignored)
 */
@ConfigurationProperties("nashir.outbound")
public record OutboundProperties(@DefaultValue List<String> allowedHosts) {
}
