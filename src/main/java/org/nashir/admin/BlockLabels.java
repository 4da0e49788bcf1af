package org.nashir.admin;

import java.util.List;
import java.util.Map;

/** The Arabic names of block types in the editor. */
public final class BlockLabels {

    public static final List<String> TYPES = BlockForm.TYPES;

    private static final Map<String, String> NAMES = Map.of(
            "paragraph", "فقرة", "heading", "عنوان فرعي", "quote", "اقتباس", "image", "صورة",
            "list", "قائمة", "related", "أخبار ذات علاقة", "embed", "محتوى مضمّن");

    private BlockLabels() {
    }

    public static String of(String type) {
        return NAMES.getOrDefault(type, type);
    }
}
