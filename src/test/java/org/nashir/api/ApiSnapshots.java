package org.nashir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Compares an API response with its stored snapshot in src/test/resources/api-snapshots. What differs
 * from run to run is masked first: ids, versions, times and cursors by field name; in every string,
 * the test server's port, media file keys and digits (ids and unique names in URLs and fixtures).
 * A missing snapshot is written and the test fails, so that a person reads it before it is committed.
 */
final class ApiSnapshots {

    private static final Path DIRECTORY = Path.of("src/test/resources/api-snapshots");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern PORT = Pattern.compile("http://localhost:\\d+");
    private static final Pattern FILE_KEY = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern CURSOR = Pattern.compile("cursor=[^&\"]+");
    /** Not after an ASCII letter: h2 and v1 are markup and paths, not ids. */
    private static final Pattern DIGITS = Pattern.compile("(?<![A-Za-z])\\d+");

    private ApiSnapshots() {
    }

    static void assertMatches(String name, String body) {
        JsonNode actual = mask(JSON.readTree(body));
        Path file = DIRECTORY.resolve(name + ".json");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
                fail("No snapshot " + file + " yet: written now; read it, then commit it");
            }
            JsonNode expected = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(JSON.writeValueAsString(actual)).as("response %s against %s", name, file)
                    .isEqualTo(JSON.writeValueAsString(expected));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String key = field.getKey();
                boolean varies = key.equals("id") || key.equals("version") || key.endsWith("_at") || key.endsWith("cursor")
                        || key.equals("current_version") || (key.equals("articles") && field.getValue().isArray()
                        && !field.getValue().isEmpty() && field.getValue().get(0).isNumber());
                if (varies && !field.getValue().isNull()) {
                    field.setValue(StringNode.valueOf("<" + key + ">"));
                } else {
                    field.setValue(mask(field.getValue()));
                }
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mask(array.get(i)));
            }
            return array;
        }
        if (node.isString()) {
            String text = PORT.matcher(node.asString()).replaceAll("http://localhost");
            // percent-encoded Arabic is read decoded; the encoding itself is checked by the sitemap and page tests
            text = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
            text = CURSOR.matcher(text).replaceAll("cursor=<cursor>");
            text = FILE_KEY.matcher(text).replaceAll("<key>");
            return StringNode.valueOf(DIGITS.matcher(text).replaceAll("#"));
        }
        return node;
    }
}
