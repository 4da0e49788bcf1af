package org.nashir.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nashir.article.body.Block;
import org.nashir.article.body.BlockType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One block as the editor's form holds it: plain strings per field, exactly as typed, so that an
 * invalid block is shown back with its text intact and its problem next to it.
 */
public record BlockForm(String type, Map<String, String> fields, String problem) {

    static final List<String> TYPES = BlockType.jsonNames();

    public String get(String field) {
        String value = fields.get(field);
        return value == null ? "" : value;
    }

    public boolean checked(String field) {
        return "true".equals(fields.get(field)) || "on".equals(fields.get(field));
    }

    /** Added and never filled in: nothing to keep (the editor's first empty paragraph, a box left empty). */
    boolean blank() {
        if ("related".equals(type)) {
            return get("articles").isBlank();
        }
        return fields.entrySet().stream().filter(e -> !List.of("level", "provider", "ordered").contains(e.getKey()))
                .allMatch(e -> e.getValue() == null || e.getValue().isBlank());
    }

    BlockForm withProblem(String problem) {
        return new BlockForm(type, fields, problem);
    }

    /** The same block again, its own fields to change, with no problem attached. */
    BlockForm copy() {
        return new BlockForm(type, new LinkedHashMap<>(fields), null);
    }

        static BlockForm empty(String type) {
        BlockType kind = BlockType.fromJson(type);
        return new BlockForm(type, new LinkedHashMap<>(kind == null ? Map.of() : kind.defaults()), null);
    }

    static BlockForm of(Block block) {
        return new BlockForm(block.type(), block.accept(FIELDS), null);
    }

    /** A block's fields as the form's text. */
    private static final Block.Visitor<Map<String, String>> FIELDS = new Block.Visitor<>() {
        public Map<String, String> paragraph(Block.Paragraph p) {
            return put("html", p.html());
        }

        public Map<String, String> heading(Block.Heading h) {
            return put("level", String.valueOf(h.level()), "text", h.text());
        }

        public Map<String, String> quote(Block.Quote q) {
            return put("text", q.text(), "speaker", q.speaker(), "role", q.role(), "outlet", q.outlet());
        }

        public Map<String, String> image(Block.Image i) {
            return put("media", String.valueOf(i.media()), "caption", i.caption(), "credit", i.credit());
        }

        public Map<String, String> list(Block.ListItems l) {
            return put("ordered", String.valueOf(l.ordered()), "items", String.join("\n", l.items()));
        }

        public Map<String, String> related(Block.Related r) {
            return put("title", r.title(), "articles", String.join(" ", r.articles().stream().map(String::valueOf).toList()));
        }

        public Map<String, String> embed(Block.Embed e) {
            return put("provider", e.provider().jsonName(), "url", e.url(), "title", e.title());
        }
    };

    private static Map<String, String> put(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                fields.put(pairs[i], pairs[i + 1]);
            }
        }
        return fields;
    }

    /** The block as body JSON for BodyCodec to validate: typed values where the form has text. */
    ObjectNode toJson(JsonMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("type", type);
        for (var entry : fields.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            switch (name) {
                case "level", "media" -> putNumber(node, name, value);
                case "ordered" -> node.put(name, checked(name));
                case "items" -> {
                    ArrayNode items = node.putArray(name);
                    value.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
                }
                case "articles" -> {
                    ArrayNode ids = node.putArray(name);
                    for (String id : value.split("[\\s,،]+")) {
                        if (!id.isBlank()) {
                            try {
                                ids.add(Long.parseLong(id.strip()));
                            } catch (NumberFormatException e) {
                                ids.add(id.strip());
                            }
                        }
                    }
                }
                default -> node.put(name, value);
            }
        }
        return node;
    }

    private static void putNumber(ObjectNode node, String name, String value) {
        try {
            node.put(name, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            node.put(name, value);
        }
    }
}
