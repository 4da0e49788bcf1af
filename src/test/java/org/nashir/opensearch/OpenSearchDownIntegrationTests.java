package org.nashir.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.section.Section;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application started while its OpenSearch cluster is unreachable: reader pages work, search says it is
 * unavailable (a page and a 503, problem details on the API), and what was published meanwhile is found
 * once the cluster answers.
 */
@ActiveProfiles("opensearch")
class OpenSearchDownIntegrationTests extends IntegrationTest {

    private static final int PORT = OpenSearchNode.portToDialBeforeListening();
    private static OpenSearchNode late;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("nashir.search.hosts", () -> "127.0.0.1:" + PORT);
        registry.add("nashir.search.check-every", () -> "PT1S");
    }

    @AfterAll
    static void stop() {
        if (late != null) {
            late.close();
        }
    }

    @Test
    void readersGetPagesAndAClearSearchErrorUntilTheClusterAnswersThenFindWhatWasPublishedMeanwhile() {
        String marker = "قنطرة" + fixtures.unique();
        Section section = fixtures.section("محليات " + fixtures.unique());
        Article story = fixtures.article(section).headline("افتتاح " + marker + " فوق النهر").save();

        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get(Permalinks.article(story)).statusCode()).as("the story page, its related box falling back")
                .isEqualTo(200);
        assertThat(get("/feed").statusCode()).isEqualTo(200);

        HttpResponse<String> page = get("/search?q=" + encode(marker));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("البحث غير متاح مؤقتاً").doesNotContain("Exception");

        HttpResponse<String> api = get("/api/v1/search?q=" + encode(marker));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonMapper.builder().build().readTree(api.body()).get("title").asString())
                .isEqualTo("البحث غير متاح مؤقتاً");

        late = OpenSearchNode.startSingle(PORT);

        OpenSearchIntegrationTests.awaitUpTo(Duration.ofSeconds(60), () -> {
            HttpResponse<String> found = get("/api/v1/search?q=" + encode(marker));
            return found.statusCode() == 200 && found.body().contains("\"total\":1");
        });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
