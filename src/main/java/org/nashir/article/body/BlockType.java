package org.nashir.article.body;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every kind of block, described once: its name in the body's JSON, what editors call it, the fields it may
 * carry, and the values a new one starts with. The codec, the editor's form, the importers' reports and every
 * message about a block read it from here. A kind added here and not read by {@link BodyCodec} does not compile
 * (its switch has no default); a {@link Block} added without a {@link Block.Visitor} method does not either.
 */
public enum BlockType {
    PARAGRAPH("paragraph", "فقرة", List.of("html"), Map.of()),
    HEADING("heading", "عنوان فرعي", List.of("level", "text"), Map.of("level", "2")),
    QUOTE("quote", "اقتباس", List.of("text", "speaker", "role", "outlet"), Map.of()),
    IMAGE("image", "صورة", List.of("media", "caption", "credit"), Map.of()),
    LIST("list", "قائمة", List.of("ordered", "items"), Map.of()),
    RELATED("related", "أخبار ذات علاقة", List.of("title", "articles"), Map.of("title", Block.Related.DEFAULT_TITLE)),
    EMBED("embed", "محتوى مضمّن", List.of("provider", "url", "title"), Map.of("provider", "youtube"));

    private final String jsonName;
    private final String label;
    private final List<String> fields;
    private final Map<String, String> defaults;

    BlockType(String jsonName, String label, List<String> fields, Map<String, String> defaults) {
        this.jsonName = jsonName;
        this.label = label;
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
        return label;
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
