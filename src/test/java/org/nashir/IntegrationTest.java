package org.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, spoken to over real HTTP,
 * on H2 or PostgreSQL. Test classes share one context per database, so each builds its own data.
 */
// the settings every integration test runs with are in src/test/resources/application-test.yml
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    protected HttpResponse<String> get(String path) {
        return TestHttp.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    /** A request to the API with a JSON body (or none), and a bearer token when one is given. */
    protected HttpResponse<String> api(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return TestHttp.send(request);
    }

    /** GET a page that must answer 200 with HTML, parsed. */
    protected Document page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        return Jsoup.parse(response.body(), "http://localhost:" + port + path);
    }

    /** A new member of staff with this role, signed in to the back office. */
    protected StaffSession as(org.nashir.security.Role role) {
        return StaffSession.signedIn(port, fixtures.staff(role).username(), Fixtures.PASSWORD);
    }
}
