package org.nashir.site;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured data for a {@code <script type="application/ld+json">}. Written into the page unescaped,
 * which is why it can only be made from a JSON tree here: the characters that could end the script or
 * open markup ({@code < > &}) become JSON escapes, which mean the same to a JSON reader.
 */
public final class JsonLd implements Content {

    private final String json;

    private JsonLd(String json) {
        this.json = json;
    }

    static JsonLd of(JsonMapper mapper, JsonNode tree) {
        return new JsonLd(mapper.writeValueAsString(tree)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(json);
    }

    @Override
    public String toString() {
        return json;
    }
}
