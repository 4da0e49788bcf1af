package org.nashir.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
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

    /** A request the server will not make, with the reason in Arabic. */
    public static class RefusedException extends IllegalArgumentException {
        RefusedException(String message) {
            super(message);
        }
    }

    private final Set<String> allowed;

    public OutboundAddresses(@Value("${nashir.outbound.allowed-hosts:}") List<String> allowed) {
        this.allowed = allowed.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Refuses an address that is not http(s), or whose host is, or resolves to, an address inside. */
    public void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedException("العنوان " + uri + " ليس http أو https");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedException("العنوان " + uri + " بلا اسم خادم");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowed.contains(bare.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new RefusedException("اسم الخادم " + bare + " غير معروف");
        }
        for (InetAddress address : addresses) {
            if (inside(address) && !allowed.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
                throw new RefusedException("العنوان " + uri + " يشير إلى شبكة داخلية (" + address.getHostAddress()
                        + ")؛ لا يرسل الخادم إليها طلبات إلا إذا سمح بها المشغّل في nashir.outbound.allowed-hosts");
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
            return (bytes[0] & 0xFE) == 0xFC; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, 100.64/10 carrier-grade NAT
                || (first == 192 && second == 0 && (bytes[2] & 0xFF) == 0) || first >= 240;
    }
}
