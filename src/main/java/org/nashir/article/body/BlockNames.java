package org.nashir.article.body;

import java.util.Map;

/** How editors call block types and their fields, in Arabic: the editor's labels and every message about a block. */
public final class BlockNames {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("html", "النص"), Map.entry("text", "النص"), Map.entry("level", "المستوى"),
            Map.entry("speaker", "القائل"), Map.entry("role", "صفته"), Map.entry("outlet", "الوسيلة"),
            Map.entry("media", "الصورة"), Map.entry("caption", "التعليق"), Map.entry("credit", "المصدر"),
            Map.entry("items", "العناصر"), Map.entry("ordered", "الترقيم"), Map.entry("title", "العنوان"),
            Map.entry("articles", "الأخبار"), Map.entry("provider", "المنصة"), Map.entry("url", "الرابط"),
            Map.entry("type", "النوع"), Map.entry("blocks", "الكتل"), Map.entry("version", "الإصدار"));

    private BlockNames() {
    }

    public static String type(String type) {
        BlockType kind = BlockType.fromJson(type);
        return kind == null ? type : kind.label();
    }

    public static String field(String field) {
        return FIELDS.getOrDefault(field, field);
    }
}
