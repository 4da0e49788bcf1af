package org.nashir.article.body;

import java.util.Map;
import org.nashir.shared.Messages;

/** How editors call block types and their fields, in Arabic: the editor's labels and every message about a block. */
public final class BlockNames {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("html", "block.field.text"), Map.entry("text", "block.field.text"),
            Map.entry("level", "block.field.level"), Map.entry("speaker", "block.field.speaker"),
            Map.entry("role", "block.field.role"), Map.entry("outlet", "block.field.outlet"),
            Map.entry("media", "block.field.media"), Map.entry("caption", "block.field.caption"),
            Map.entry("credit", "block.field.credit"), Map.entry("items", "block.field.items"),
            Map.entry("ordered", "block.field.ordered"), Map.entry("title", "block.field.title"),
            Map.entry("articles", "block.field.articles"), Map.entry("provider", "block.field.provider"),
            Map.entry("url", "block.field.url"), Map.entry("type", "block.field.type"),
            Map.entry("blocks", "block.field.blocks"), Map.entry("version", "block.field.version"));

    private BlockNames() {
    }

    public static String type(String type) {
        BlockType kind = BlockType.fromJson(type);
        return kind == null ? type : kind.label();
    }

    public static String field(String field) {
        String key = FIELDS.get(field);
        return key == null ? field : Messages.text(key);
    }
}
