package org.nashir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description at /api/docs against the endpoints the application really serves. */
class OpenApiIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void theDescriptionListsExactlyTheApiEndpointsServed() {
        JsonNode docs = docs();
        Set<String> described = new TreeSet<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> described.add(op.getKey().toUpperCase() + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/")) {
                    for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                        served.add(verb.name() + " " + pattern);
                    }
                }
            }
        });

        assertThat(served).isNotEmpty();
        assertThat(described).isEqualTo(served);
    }

    @Test
    void everyFilterTheContentApiAcceptsIsDescribed() {
        JsonNode list = docs().get("paths").get("/api/v1/articles").get("get");
        Set<String> parameters = new TreeSet<>();
        list.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));

        assertThat(parameters).containsExactlyInAnyOrder("section", "tag", "author", "updated_since", "cursor", "limit", "include");
        assertThat(list.get("parameters").findValuesAsString("in")).containsOnly("query");
    }

    @Test
    void adminOperationsAskForABearerTokenAndEveryOtherOperationForTheOptionalKey() {
        JsonNode docs = docs();
        assertThat(docs.get("components").get("securitySchemes").get("apiToken").get("scheme").asString()).isEqualTo("bearer");
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode security = op.getValue().get("security");
            if (path.getKey().startsWith("/api/v1/admin/")) {
                assertThat(security.toString()).as(path.getKey()).isEqualTo("[{\"apiToken\":[]}]");
            } else {
                assertThat(security.toString()).as(path.getKey()).isEqualTo("[{\"contentKey\":[]},{}]");
            }
        }));
        JsonNode article = docs.get("components").get("schemas").get("ArticleView").get("properties");
        assertThat(article.has("headline")).isTrue();
        assertThat(article.has("published_at")).isTrue();
        assertThat(article.has("body")).isTrue();
    }

    private JsonNode docs() {
        HttpResponse<String> response = get("/api/docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode docs = JSON.readTree(response.body());
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        return docs;
    }
}
