package org.nashir.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A live story's edits waiting to go live, kept as the whole draft its editor saved (JSON in the article's
 * {@code pending} column). References stay ids: when the draft goes live each is looked up again, so an
 * author or image deleted meanwhile is refused then with its reason, not dropped.
 */
final class PendingDrafts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PendingDrafts() {
    }

    static String write(StoryDraft draft) {
        ObjectNode node = JSON.createObjectNode();
        node.put("headline", draft.headline());
        node.put("standfirst", draft.standfirst());
        node.put("slug", draft.slug());
        node.put("sectionId", draft.sectionId());
        ids(node.putArray("otherSectionIds"), draft.otherSectionIds());
        ids(node.putArray("authorIds"), draft.authorIds());
        ids(node.putArray("tagIds"), draft.tagIds());
        node.put("leadMediaId", draft.leadMediaId());
        node.set("body", JSON.readTree(BodyCodec.write(draft.body())));
        node.put("breaking", draft.breaking());
        node.put("embargoUntil", draft.embargoUntil() == null ? null : draft.embargoUntil().toString());
        node.put("seoTitle", draft.seoTitle());
        node.put("seoDescription", draft.seoDescription());
        return JSON.writeValueAsString(node);
    }

    /** The draft's settings alone, for a revision, which keeps its words in columns of their own. */
    static String writeSettings(StoryDraft draft) {
        ObjectNode node = (ObjectNode) JSON.readTree(write(draft));
        node.remove(List.of("headline", "standfirst", "body"));
        return JSON.writeValueAsString(node);
    }

    /** A draft from settings written by {@link #writeSettings} and the words kept beside them. */
    static StoryDraft withWords(String settings, String headline, String standfirst, Body body) {
        ObjectNode node = (ObjectNode) JSON.readTree(settings);
        node.put("headline", headline);
        node.put("standfirst", standfirst);
        node.set("body", JSON.readTree(BodyCodec.write(body)));
        return read(JSON.writeValueAsString(node));
    }

    static StoryDraft read(String json) {
        JsonNode node = JSON.readTree(json);
        return new StoryDraft(text(node, "headline"), text(node, "standfirst"), text(node, "slug"),
                number(node, "sectionId"), ids(node, "otherSectionIds"), ids(node, "authorIds"), ids(node, "tagIds"),
                number(node, "leadMediaId"), BodyCodec.read(node.get("body")), node.path("breaking").asBoolean(false),
                node.hasNonNull("embargoUntil") ? Instant.parse(node.get("embargoUntil").stringValue()) : null,
                text(node, "seoTitle"), text(node, "seoDescription"));
    }

    private static void ids(ArrayNode array, List<Long> ids) {
        ids.forEach(array::add);
    }

    private static List<Long> ids(JsonNode node, String field) {
        List<Long> ids = new ArrayList<>();
        node.path(field).values().forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).stringValue() : null;
    }

    private static Long number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asLong() : null;
    }
}
