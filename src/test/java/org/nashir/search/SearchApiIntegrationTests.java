package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.section.Section;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON search API and suggestions, including the problem details it answers bad requests with. */
class SearchApiIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void returnsResultsInTheDocumentedShape() {
        String marker = "مفتاح" + fixtures.unique();
        Section section = fixtures.section("العالم " + fixtures.unique());
        Article story = fixtures.article(section).headline("ترمب يزور الأمم المتحدة " + marker).save();

        HttpResponse<String> response = get("/api/v1/search?q=" + encode("ترامب " + marker) + "&size=5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(5);
        JsonNode result = body.get("results").get(0);
        assertThat(result.get("id").asLong()).isEqualTo(story.id());
        assertThat(result.get("headline").asString()).startsWith("ترمب يزور");
        assertThat(result.get("url").asString()).startsWith("http://localhost:" + port + "/").contains("/" + story.id() + "/");
        assertThat(result.get("published_at").asString()).isNotBlank();
        assertThat(result.get("section").asString()).isEqualTo(section.name());
        assertThat(result.get("score").asDouble()).isPositive();
        assertThat(result.has("snippet")).isTrue();
    }

    @Test
    void suggestsHeadlinesWhileTheReaderTypes() {
        String marker = "اقتراح" + fixtures.unique();
        fixtures.article(fixtures.section("سياسة " + fixtures.unique())).headline(marker + " البرلمان يصوت").save();

        JsonNode body = JSON.readTree(get("/api/v1/search/suggest?q=" + encode(marker + " البرل")).body());

        assertThat(body.get("suggestions").get(0).get("headline").asString()).isEqualTo(marker + " البرلمان يصوت");
    }

    @Test
    void answersAMistypedWordWithTheResultsOfTheNearestWordTheStoriesHave() {
        String word = Fixtures.inventedWord();
        // ث typed as س, as a reader who hears the name would
        String typed = "س" + word.substring(1);
        Article story = fixtures.article(fixtures.section("منوعات " + fixtures.unique()))
                .headline("زيارة " + word + " إلى الميناء").save();

        JsonNode body = JSON.readTree(get("/api/v1/search?q=" + encode(typed)).body());

        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(body.get("suggestion").asString()).isEqualTo(word);
        assertThat(body.get("corrected").asBoolean()).isTrue();
        assertThat(body.get("results").get(0).get("id").asLong()).isEqualTo(story.id());
        assertThat(get("/search?q=" + encode(typed)).body()).contains("هل تقصد «" + word + "»؟");
        assertThat(JSON.readTree(get("/api/v1/search?q=" + encode(word)).body()).get("suggestion").isNull()).isTrue();
    }

    @Test
    void refusesBadParametersWithProblemDetails() {
        for (String query : new String[] {"size=101", "size=0", "page=-1", "sort=random", "from=2024-13-01",
                "section=no-such-section", "page=abc"}) {
            HttpResponse<String> response = get("/api/v1/search?q=x&" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("detail").asString()).as(query).isNotBlank();
        }
    }

    @Test
    void answersHostileQueriesWithResultsNotErrors() {
        for (String hostile : new String[] {"*?~:^[]{}", "\"", "a\u0001", "ا".repeat(2000)}) {
            assertThat(get("/api/v1/search?q=" + encode(hostile)).statusCode()).as(hostile).isEqualTo(200);
            assertThat(get("/api/v1/search/suggest?q=" + encode(hostile)).statusCode()).as(hostile).isEqualTo(200);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
