package org.nashir.article.body;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nashir.shared.Messages;

/**
 * Every kind of block, described once: its name in the body's JSON, what editors call it, the fields it may
 * carry, and the values a new one starts with. The codec, the editor's form, the importers' reports and every
 * message about a block read it from here. A kind added here and not read by {@link BodyCodec} does not compile
 * (its switch has no default); a {@link Block} added without a {@link Block.Visitor} method does not either.
 */
public enum BlockType {
    PARAGRAPH("paragraph", "block.paragraph", List.of("html"), Map.of()),
    HEADING("heading", "block.heading", List.of("level", "text"), Map.of("level", "2")),
    QUOTE("quote", "block.quote", List.of("text", "speaker", "role", "outlet"), Map.of()),
    IMAGE("image", "block.image", List.of("media", "caption", "credit"), Map.of()),
    LIST("list", "block.list", List.of("ordered", "items"), Map.of()),
    RELATED("related", "block.related", List.of("title", "articles"), Map.of("title", Block.Related.DEFAULT_TITLE)),
    EMBED("embed", "block.embed", List.of("provider", "url", "title"), Map.of("provider", "youtube"));

    private final String jsonName;
    private final String labelKey;
    private final List<String> fields;
    private final Map<String, String> defaults;

    BlockType(String jsonName, String labelKey, List<String> fields, Map<String, String> defaults) {
        this.jsonName = jsonName;
        this.labelKey = labelKey;
        this.fields = fields;
        this.defaults = defaults;
    }

    /** The kind a body's JSON names, or null for a name no kind has. */
    public static BlockType fromJson(String name) {
        for (BlockType type : values()) {
            if (type.jsonName.equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** Every kind's JSON name, in the order the editor offers them. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(BlockType::jsonName).toList();
    }

    public String jsonName() {
        return jsonName;
    }

    /** What editors call it, in Arabic. */
    public String label() {
        return Messages.text(labelKey);
    }

    /** The fields its JSON may carry besides "type". */
    public List<String> fields() {
        return fields;
    }

    /** Field values a new block of this kind starts with in the editor. */
    public Map<String, String> defaults() {
        return defaults;
    }
}
