package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server sends requests of its own to the public internet only, unless the operator allows a host. */
class OutboundAddressesTests {

    private final OutboundAddresses outbound = new OutboundAddresses(new OutboundProperties(List.of()));

    @Test
    void refusesLoopbackPrivateLinkLocalAndOtherInsideAddresses() {
        for (String inside : List.of("http://127.0.0.1/a.jpg", "http://localhost:8080/", "http://10.1.2.3/",
                "http://172.16.0.9/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
                "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/")) {
            assertThatThrownBy(() -> outbound.check(URI.create(inside))).as(inside)
                    .isInstanceOf(OutboundAddresses.RefusedException.class).hasMessageContaining("شبكة داخلية");
        }
        for (String disguised : List.of("http://[::127.0.0.1]/", "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:7f00:1::]/", "http://[2001:0:4136:e378::1]/", "http://198.18.0.1/", "http://198.19.255.1/",
                "http://0177.0.0.1/", "http://010.0.0.1/")) {
            assertThatThrownBy(() -> outbound.check(URI.create(disguised))).as(disguised)
                    .isInstanceOf(OutboundAddresses.RefusedException.class);
        }
        assertThatThrownBy(() -> outbound.check(URI.create("file:///etc/passwd")))
                .isInstanceOf(OutboundAddresses.RefusedException.class);
        assertThatThrownBy(() -> outbound.check(URI.create("ftp://8.8.8.8/x")))
                .isInstanceOf(OutboundAddresses.RefusedException.class);
    }

    @Test
    void letsPublicAddressesAndTheHostsAnOperatorAllows() {
        assertThatCode(() -> outbound.check(URI.create("https://8.8.8.8/image.jpg"))).doesNotThrowAnyException();
        assertThatCode(() -> outbound.check(URI.create("https://[64:ff9b::808:808]/x"))).as("NAT64 of a public address")
                .doesNotThrowAnyException();
        OutboundAddresses local = new OutboundAddresses(new OutboundProperties(List.of("127.0.0.1", " Partner.Local ")));
        assertThatCode(() -> local.check(URI.create("http://127.0.0.1:9/x"))).doesNotThrowAnyException();
        assertThatCode(() -> local.check(URI.create("http://partner.local/hook"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> local.check(URI.create("http://10.0.0.1/x"))).isInstanceOf(OutboundAddresses.RefusedException.class);
    }
}
