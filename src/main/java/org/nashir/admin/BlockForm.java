package org.nashir.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nashir.article.body.Block;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One block as the editor's form holds it: plain strings per field, exactly as typed, so that an
 * invalid block is shown back with its text intact and its problem next to it.
 */
public record BlockForm(String type, Map<String, String> fields, String problem) {

    static final List<String> TYPES = List.of("paragraph", "heading", "quote", "image", "list", "related", "embed");

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

    static BlockForm empty(String type) {
        Map<String, String> fields = new LinkedHashMap<>();
        if ("heading".equals(type)) {
            fields.put("level", "2");
        } else if ("related".equals(type)) {
            fields.put("title", Block.Related.DEFAULT_TITLE);
        } else if ("embed".equals(type)) {
            fields.put("provider", "youtube");
        }
        return new BlockForm(type, fields, null);
    }

    static BlockForm of(Block block) {
        Map<String, String> f = new LinkedHashMap<>();
        if (block instanceof Block.Paragraph p) {
            f.put("html", p.html());
        } else if (block instanceof Block.Heading h) {
            f.put("level", String.valueOf(h.level()));
            f.put("text", h.text());
        } else if (block instanceof Block.Quote q) {
            put(f, "text", q.text(), "speaker", q.speaker(), "role", q.role(), "outlet", q.outlet());
        } else if (block instanceof Block.Image i) {
            put(f, "media", String.valueOf(i.media()), "caption", i.caption(), "credit", i.credit());
        } else if (block instanceof Block.ListItems l) {
            f.put("ordered", String.valueOf(l.ordered()));
            f.put("items", String.join("\n", l.items()));
        } else if (block instanceof Block.Related r) {
            f.put("title", r.title());
            f.put("articles", String.join(" ", r.articles().stream().map(String::valueOf).toList()));
        } else if (block instanceof Block.Embed e) {
            put(f, "provider", e.provider().jsonName(), "url", e.url(), "title", e.title());
        }
        return new BlockForm(block.type(), f, null);
    }

    private static void put(Map<String, String> fields, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                fields.put(pairs[i], pairs[i + 1]);
            }
        }
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
