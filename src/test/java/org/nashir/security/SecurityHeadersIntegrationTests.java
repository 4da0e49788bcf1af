package org.nashir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.shared.Slugs;
import org.nashir.tag.Tag;

/** Every kind of response carries the browser policy, and the pages stay within it. */
class SecurityHeadersIntegrationTests extends IntegrationTest {

    @Test
    void everyKindOfResponseCarriesTheBrowserPolicy() {
        Section section = fixtures.section("قسم الترويسات");
        Author author = fixtures.author("كاتبة الترويسات", null);
        Tag tag = fixtures.tag("وسم الترويسات");
        Article story = fixtures.article(section).headline("خبر الترويسات").by(author).tagged(tag)
                .lead(fixtures.image("صورة الترويسات", "تعليق", "رويترز")).save();
        String image = page(Permalinks.article(story)).selectFirst(".figure--lead img").attr("src");
        StaffSession staff = StaffSession.signedIn(port, fixtures.staff(Role.ADMINISTRATOR).username(), Fixtures.PASSWORD);

        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        for (String path : List.of("/", Permalinks.article(story), "/" + Slugs.encode(section.slug()), "/tag/" + Slugs.encode(tag.slug()),
                "/author/" + Slugs.encode(author.slug()), "/search?q=" + Slugs.encode("الترويسات"), "/feed", "/feed/atom",
                "/sitemap.xml", "/robots.txt", "/api/v1/articles", "/api/v1/search?q=x", "/api/docs", "/api/v1/articles/0",
                "/admin/login", "/no-such-page", image, "/assets/img/logo.svg")) {
            responses.put(path, get(path));
        }
        // the second request for a reader page is answered by the page cache
        responses.put("/ again", get("/"));
        for (String path : List.of("/admin/stories", "/admin/stories/" + story.id(), "/admin/settings", "/preview/" + story.id())) {
            responses.put(path + " (staff)", staff.get(path));
        }

        List<String> failures = new ArrayList<>();
        responses.forEach((path, response) -> {
            var headers = response.headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            if (!policy.contains("default-src 'none'") || !policy.contains("script-src 'self';")
                    || !policy.contains("frame-ancestors 'none'") || !policy.contains("base-uri 'none'")
                    || !policy.contains("form-action 'self'") || policy.contains("unsafe") || policy.contains("http")) {
                failures.add(path + ": Content-Security-Policy " + policy);
            }
            expect(failures, path, headers.firstValue("X-Content-Type-Options").orElse(null), "nosniff");
            expect(failures, path, headers.firstValue("X-Frame-Options").orElse(null), "DENY");
            expect(failures, path, headers.firstValue("Referrer-Policy").orElse(null), "strict-origin-when-cross-origin");
            expect(failures, path, headers.firstValue("Permissions-Policy").orElse(null), SecurityHeaders.PERMISSIONS);
            expect(failures, path, headers.firstValue("Cross-Origin-Opener-Policy").orElse(null), "same-origin");
            if (headers.allValues("Content-Security-Policy").size() != 1) {
                failures.add(path + ": " + headers.allValues("Content-Security-Policy").size() + " policies");
            }
            // plain HTTP: browsers ignore HSTS there, and a proxy's HTTPS is what RequestLimitsIntegrationTests checks
            if (headers.firstValue("Strict-Transport-Security").isPresent()) {
                failures.add(path + ": HSTS over plain HTTP");
            }
        });
        assertThat(failures).isEmpty();
        assertThat(responses.get("/ again").headers().firstValue("X-Cache")).hasValue("HIT");
    }

    @Test
    void readerAndStaffPagesHaveNoInlineCodeButTheStyleTheirPolicyAllowsByHash() throws NoSuchAlgorithmException {
        Section section = fixtures.section("قسم السياسة");
        Article story = fixtures.article(section).headline("خبر السياسة").save();
        StaffSession staff = StaffSession.signedIn(port, fixtures.staff(Role.EDITOR).username(), Fixtures.PASSWORD);
        Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
        pages.put("/", get("/"));
        pages.put("story", get(Permalinks.article(story)));
        pages.put("/no-such-page", get("/no-such-page"));
        pages.put("/admin/login", get("/admin/login"));
        pages.put("/admin/stories/" + story.id(), staff.get("/admin/stories/" + story.id()));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (var entry : pages.entrySet()) {
            String policy = entry.getValue().headers().firstValue("Content-Security-Policy").orElseThrow();
            Document page = Jsoup.parse(entry.getValue().body());
            for (Element style : page.select("style")) {
                String hash = Base64.getEncoder().encodeToString(sha256.digest(style.data().getBytes(StandardCharsets.UTF_8)));
                assertThat(policy).as(entry.getKey()).contains("'sha256-" + hash + "'");
            }
            for (Element script : page.select("script")) {
                assertThat(script.hasAttr("src") || script.attr("type").equals("application/ld+json"))
                        .as(entry.getKey() + ": " + script.outerHtml()).isTrue();
            }
            assertThat(page.select("[style]")).as(entry.getKey()).isEmpty();
            assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(entry.getKey()).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsKeptFromScriptsAndOtherSites() {
        StaffSession session = new StaffSession(port);
        session.get("/admin/login");
        HttpResponse<String> signedIn = session.post("/admin/login", List.of(Map.entry("username",
                fixtures.staff(Role.REPORTER).username()), Map.entry("password", Fixtures.PASSWORD)));
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
    }

    @Test
    void aRequestTomcatRefusesItselfGetsAnArabicPageUnderTheStrictestPolicy() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").contains("الرابط غير صالح")
                    .contains("Content-Security-Policy: default-src 'none'; frame-ancestors 'none'")
                    .contains("X-Content-Type-Options: nosniff").contains("X-Frame-Options: DENY")
                    .contains("Referrer-Policy: no-referrer").doesNotContain("Tomcat");
        }
    }

    private static void expect(List<String> failures, String path, String actual, String expected) {
        if (!expected.equals(actual)) {
            failures.add(path + ": expected " + expected + " got " + actual);
        }
    }
}
