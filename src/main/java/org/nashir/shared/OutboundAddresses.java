package org.nashir.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Where the server may send requests of its own (images fetched for an import, webhooks): the public
 * internet only. Loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * unique-local IPv6 and multicast addresses are refused unless the operator names the host in
 * {@code nashir.outbound.allowed-hosts}: a file or a partner could otherwise make the server reach
 * what only it can reach.
 */
@Component
public class OutboundAddresses {

    /** A request the server will not make, with the reason as a message. */
    public static class RefusedException extends IllegalArgumentException {

        private final String key;
        private final transient Object[] args;

        RefusedException(String key, Object... args) {
            super(Messages.text(key, args));
            this.key = key;
            this.args = args;
        }

        /** The same reason as a refusal of what a person typed in {@code field}. */
        public InvalidInputException asInvalid(String field) {
            return new InvalidInputException(field, key, args);
        }
    }

    private final Set<String> allowed;

    public OutboundAddresses(OutboundProperties properties) {
        this.allowed = properties.allowedHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Refuses an address that is not http(s), or whose host is, or resolves to, an address inside. */
    public void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedException("outbound.scheme", uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedException("outbound.no-host", uri);
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowed.contains(bare.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (bare.matches("[0-9.]+") && bare.matches(".*(^|\\.)0[0-9].*")) {
            // «0177.0.0.1» is 127.0.0.1 to curl and browsers and 177.0.0.1 to Java: an address that means two things is refused
            throw new RefusedException("outbound.ambiguous", uri);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new RefusedException("outbound.unknown-host", bare);
        }
        for (InetAddress address : addresses) {
            if (inside(address) && !allowed.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
                throw new RefusedException("outbound.internal", uri, address.getHostAddress());
            }
        }
    }

    static boolean inside(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xFE) == 0xFC) {
                return true; // fc00::/7, unique local
            }
            // IPv6 addresses that carry an IPv4 one are judged by it: IPv4-compatible ::a.b.c.d, NAT64
            // 64:ff9b::/96, 6to4 2002::/16; Teredo (2001:0::/32) hides its own, so it is refused outright
            byte[] carried = carriedIpv4(bytes);
            if (carried != null) {
                return insideIpv4(carried);
            }
            return bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0 && bytes[3] == 0;
        }
        return insideIpv4(bytes);
    }

    private static boolean insideIpv4(byte[] bytes) {
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first == 0 || first == 10 || first == 127 || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second < 32) || (first == 192 && second == 168)
                || (first == 100 && second >= 64 && second < 128) // 100.64/10 carrier-grade NAT
                || (first == 198 && (second == 18 || second == 19)) // 198.18/15, benchmarking
                || (first == 192 && second == 0 && (bytes[2] & 0xFF) == 0) || first >= 224;
    }

    private static byte[] carriedIpv4(byte[] v6) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= v6[i] == 0;
        }
        boolean nat64 = (v6[0] & 0xFF) == 0x00 && (v6[1] & 0xFF) == 0x64 && (v6[2] & 0xFF) == 0xFF && (v6[3] & 0xFF) == 0x9B;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = v6[i] == 0;
        }
        if (compatible || nat64) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if ((v6[0] & 0xFF) == 0x20 && (v6[1] & 0xFF) == 0x02) {
            return Arrays.copyOfRange(v6, 2, 6); // 6to4
        }
        return null;
    }
}
