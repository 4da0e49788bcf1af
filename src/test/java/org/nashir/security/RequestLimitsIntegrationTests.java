package org.nashir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.TestHttp;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A site of its own with small limits, behind a proxy that ends TLS and names the client in
 * {@code X-Forwarded-For}, as a production site is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"nashir.demo=false",
        "nashir.test.context=request-limits", "server.forward-headers-strategy=native",
        // on here, off for every other test (application-test.yml)
        "nashir.security.rate-limits.enabled=true",
        "nashir.security.rate-limits.search.requests=3", "nashir.security.rate-limits.api.requests=5",
        "nashir.security.rate-limits.sign-in.requests=" + RequestLimitsIntegrationTests.SIGN_INS, "nashir.security.hsts.max-age=1d",
        "nashir.security.hsts.include-subdomains=true"})
class RequestLimitsIntegrationTests extends IntegrationTest {

    /** Above the sign-in throttle's count per address, so that both can be seen at work. */
    static final int SIGN_INS = LoginThrottle.PER_ADDRESS + 5;

    @Test
    void searchesPastTheLimitAreRefusedWith429UntilTheBucketRefillsAndOtherReadersGoOn() {
        for (int i = 0; i < 3; i++) {
            assertThat(send("GET", "/search?q=" + i, "203.0.113.1", false).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> page = send("GET", "/search?q=more", "203.0.113.1", false);
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(page.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"ar\"", "طلبات كثيرة").doesNotContain("Exception");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> api = send("GET", "/api/v1/search?q=x", "203.0.113.1", false);
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":429");

        assertThat(send("GET", "/search?q=x", "203.0.113.2", false).statusCode()).isEqualTo(200);
        // reading pages is not searching
        assertThat(send("GET", "/", "203.0.113.1", false).statusCode()).isEqualTo(200);
    }

    @Test
    void theApisAreLimitedPerClientWithProblemDetails() {
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/api/v1/articles", "198.51.100.7", false).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = send("GET", "/api/v1/admin/articles/1", "198.51.100.7", false);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("\"title\":\"طلبات كثيرة\"");
        assertThat(send("GET", "/api/v1/articles", "198.51.100.8", false).statusCode()).isEqualTo(200);
    }

    @Test
    void signInFormsPastTheLimitAreRefusedBeforeAnyPasswordIsChecked() {
        for (int i = 0; i < SIGN_INS; i++) {
            assertThat(send("POST", "/admin/login", "192.0.2.50", false).statusCode()).isNotEqualTo(429);
        }
        assertThat(send("POST", "/admin/login", "192.0.2.50", false).statusCode()).isEqualTo(429);
        assertThat(send("POST", "/admin/setup/anything", "192.0.2.50", false).statusCode()).isEqualTo(429);
        assertThat(send("GET", "/admin/login", "192.0.2.50", false).statusCode()).isEqualTo(200);
    }

    @Test
    void sprayingOnePasswordOverManyAccountsFromOneAddressIsStopped() {
        List<StaffUser> accounts = new ArrayList<>();
        for (int i = 0; i <= LoginThrottle.PER_ADDRESS; i++) {
            accounts.add(fixtures.staff(Role.REPORTER));
        }
        StaffSession sprayer = new StaffSession(port).from("192.0.2.80");
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            assertThat(sprayer.signIn(accounts.get(i).username(), "Summer2026!").headers().firstValue("Location").orElseThrow())
                    .endsWith("/admin/login?error");
        }
        StaffUser untouched = accounts.get(LoginThrottle.PER_ADDRESS);
        assertThat(sprayer.signIn(untouched.username(), Fixtures.PASSWORD).headers().firstValue("Location").orElseThrow())
                .as("even an untouched account's right password, from the spraying address").endsWith("/admin/login?throttled");
        assertThat(new StaffSession(port).from("192.0.2.81").signIn(untouched.username(), Fixtures.PASSWORD)
                .headers().firstValue("Location").orElseThrow()).as("its owner, elsewhere").endsWith("/admin/stories");
    }

    @Test
    void httpsThroughTheProxyGetsStrictTransportSecurityAndASecureSessionCookie() {
        HttpResponse<String> secure = send("GET", "/admin/login", "192.0.2.60", true);
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=86400; includeSubDomains");
        assertThat(secure.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));

        HttpResponse<String> plain = send("GET", "/admin/login", "192.0.2.60", false);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    private HttpResponse<String> send(String method, String path, String client, boolean https) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", client).method(method, HttpRequest.BodyPublishers.noBody());
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return TestHttp.send(request);
    }
}
