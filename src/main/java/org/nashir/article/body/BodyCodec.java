package org.nashir.article.body;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.nashir.shared.CreditLine;
import org.nashir.shared.Messages;
import org.nashir.shared.PlainText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes story bodies as {@code {"version":1,"blocks":[…]}}, validating every block.
 * Every problem is collected, so an editor sees all of them at once.
 */
public final class BodyCodec {

    static final int MAX_BLOCKS = 500;
    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT_TEXT = 500;
    static final int MAX_LIST_ITEMS = 100;
    static final int MAX_RELATED = 10;
    /** A long read is some 60,000 letters; this leaves room for the longest, not for a flood. */
    static final int MAX_STORY_TEXT = 300_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BodyCodec() {
    }

    public static Body read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidBodyException(List.of(new BodyProblem(0, null, null, Messages.text("body.not-json"))));
        }
        return read(root);
    }

    /** A whole number that fits: Jackson refuses to narrow a larger one, and the fuzzer sent one. */
    private static boolean isInt(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt();
    }

    private static boolean isLong(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToLong();
    }

    public static Body read(JsonNode root) {
        List<BodyProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidBodyException(List.of(new BodyProblem(0, null, null, Messages.text("body.not-object"))));
        }
        JsonNode version = root.get("version");
        if (!isInt(version) || version.asInt() != Body.VERSION) {
            problems.add(new BodyProblem(0, null, "version", Messages.text("body.version", Body.VERSION)));
        }
        JsonNode blocks = root.get("blocks");
        if (blocks == null || !blocks.isArray()) {
            problems.add(new BodyProblem(0, null, "blocks", Messages.text("body.blocks.not-list")));
            throw new InvalidBodyException(problems);
        }
        if (blocks.size() > MAX_BLOCKS) {
            problems.add(new BodyProblem(0, null, "blocks", Messages.text("body.blocks.too-many", MAX_BLOCKS)));
            throw new InvalidBodyException(problems);
        }
        if (textLength(blocks) > MAX_STORY_TEXT) {
            problems.add(new BodyProblem(0, null, "blocks", Messages.text("body.too-long", MAX_STORY_TEXT)));
            throw new InvalidBodyException(problems);
        }
        List<Block> result = new ArrayList<>();
        int index = 0;
        for (JsonNode node : blocks.values()) {
            index++;
            Block block = new BlockReader(index, node, problems).read();
            if (block != null) {
                result.add(block);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidBodyException(problems);
        }
        return new Body(result);
    }

    public static String write(Body body) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", Body.VERSION);
        ArrayNode blocks = root.putArray("blocks");
        for (Block block : body.blocks()) {
            ObjectNode node = blocks.addObject();
            node.put("type", block.type());
            block.accept(new Writer(node));
        }
        return JSON.writeValueAsString(root);
    }

    /** Writes one block's fields, as {@link BlockReader} reads them. */
    private record Writer(ObjectNode node) implements Block.Visitor<ObjectNode> {
        public ObjectNode paragraph(Block.Paragraph p) {
            return node.put("html", p.html());
        }

        public ObjectNode heading(Block.Heading h) {
            return node.put("level", h.level()).put("text", h.text());
        }

        public ObjectNode quote(Block.Quote q) {
            return putOptional(node.put("text", q.text()), "speaker", q.speaker(), "role", q.role(), "outlet", q.outlet());
        }

        public ObjectNode image(Block.Image i) {
            return putOptional(node.put("media", i.media()), "caption", i.caption(), "credit", i.credit());
        }

        public ObjectNode list(Block.ListItems l) {
            node.put("ordered", l.ordered());
            l.items().forEach(node.putArray("items")::add);
            return node;
        }

        public ObjectNode related(Block.Related r) {
            node.put("title", r.title());
            r.articles().forEach(node.putArray("articles")::add);
            return node;
        }

        public ObjectNode embed(Block.Embed e) {
            return putOptional(node.put("provider", e.provider().jsonName()).put("url", e.url()), "title", e.title());
        }
    }

    private static ObjectNode putOptional(ObjectNode node, String... optional) {
        for (int i = 0; i < optional.length; i += 2) {
            if (optional[i + 1] != null) {
                node.put(optional[i], optional[i + 1]);
            }
        }
        return node;
    }

    /** Reads one block, recording each problem against its index and field. */
    private static final class BlockReader {
        private final int index;
        private final JsonNode node;
        private final List<BodyProblem> problems;
        private String type;

        BlockReader(int index, JsonNode node, List<BodyProblem> problems) {
            this.index = index;
            this.node = node;
            this.problems = problems;
        }

        Block read() {
            if (!node.isObject()) {
                return fail(null, "block.not-object");
            }
            JsonNode typeNode = node.get("type");
            if (typeNode == null || !typeNode.isString()) {
                return fail("type", "block.type.required");
            }
            type = typeNode.stringValue();
            BlockType kind = BlockType.fromJson(type);
            if (kind == null) {
                return fail("type", "block.type.unknown", String.join("، ", BlockType.jsonNames().stream().sorted().toList()));
            }
            int before = problems.size();
            for (String name : node.propertyNames()) {
                if (!"type".equals(name) && !kind.fields().contains(name)) {
                    fail(name, "block.field.unknown");
                }
            }
            // no default: a kind added to BlockType does not compile until it is read here
            Block block = switch (kind) {
                case PARAGRAPH -> paragraph();
                case HEADING -> heading();
                case QUOTE -> new Block.Quote(text("text", true, MAX_TEXT), text("speaker", false, MAX_SHORT_TEXT),
                        text("role", false, MAX_SHORT_TEXT), text("outlet", false, MAX_SHORT_TEXT));
                case IMAGE -> new Block.Image(id("media"), text("caption", false, MAX_TEXT), CreditLine.of(text("credit", false, MAX_SHORT_TEXT)));
                case LIST -> list();
                case RELATED -> related();
                case EMBED -> embed();
            };
            return problems.size() == before ? block : null;
        }

        private Block paragraph() {
            String html = text("html", true, MAX_TEXT);
            if (html != null) {
                String problem = InlineHtml.problemWith(html);
                if (problem != null) {
                    problems.add(new BodyProblem(index, type, "html", problem));
                }
            }
            return new Block.Paragraph(html);
        }

        private Block heading() {
            JsonNode level = node.get("level");
            int value = 2;
            if (level != null) {
                if (!isInt(level) || (level.asInt() != 2 && level.asInt() != 3)) {
                    fail("level", "block.heading.level");
                } else {
                    value = level.asInt();
                }
            }
            return new Block.Heading(value, text("text", true, MAX_SHORT_TEXT));
        }

        private Block list() {
            JsonNode ordered = node.get("ordered");
            if (ordered != null && !ordered.isBoolean()) {
                fail("ordered", "block.list.ordered");
            }
            List<String> items = new ArrayList<>();
            JsonNode array = node.get("items");
            if (array == null || !array.isArray() || array.isEmpty()) {
                fail("items", "block.list.empty");
            } else if (array.size() > MAX_LIST_ITEMS) {
                fail("items", "block.list.too-many", MAX_LIST_ITEMS);
            } else {
                for (JsonNode item : array.values()) {
                    if (!item.isString() || item.stringValue().isBlank() || item.stringValue().length() > MAX_TEXT) {
                        fail("items", "block.list.item");
                        break;
                    }
                    items.add(PlainText.clean(item.stringValue()).strip());
                }
            }
            return new Block.ListItems(ordered != null && ordered.asBoolean(), items);
        }

        private Block related() {
            String title = text("title", false, MAX_SHORT_TEXT);
            List<Long> articles = new ArrayList<>();
            JsonNode array = node.get("articles");
            if (array != null && !array.isArray()) {
                fail("articles", "block.related.not-list");
            } else if (array != null) {
                if (array.size() > MAX_RELATED) {
                    fail("articles", "block.related.too-many", MAX_RELATED);
                }
                for (JsonNode id : array.values()) {
                    if (!isLong(id) || id.asLong() <= 0) {
                        fail("articles", "block.related.item");
                        break;
                    }
                    if (!articles.contains(id.asLong())) {
                        articles.add(id.asLong());
                    }
                }
            }
            return new Block.Related(title == null ? Block.Related.DEFAULT_TITLE : title, articles);
        }

        private Block embed() {
            String providerName = text("provider", true, 40);
            EmbedProvider provider = providerName == null ? null : EmbedProvider.fromJson(providerName);
            if (providerName != null && provider == null) {
                fail("provider", "block.embed.provider");
            }
            String url = text("url", true, 2000);
            if (url != null && provider != null) {
                try {
                    if (!provider.accepts(new URI(url))) {
                        fail("url", "block.embed.url", provider.arabicName());
                    }
                } catch (URISyntaxException e) {
                    fail("url", "block.url.invalid");
                }
            }
            return new Block.Embed(provider, url, text("title", false, MAX_SHORT_TEXT));
        }

        private long id(String field) {
            JsonNode value = node.get(field);
            if (!isLong(value) || value.asLong() <= 0) {
                fail(field, "block.id.required");
                return 0;
            }
            return value.asLong();
        }

        private String text(String field, boolean required, int maxLength) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    fail(field, "block.field.required");
                }
                return null;
            }
            if (!value.isString()) {
                fail(field, "block.field.not-text");
                return null;
            }
            String text = PlainText.clean(value.stringValue()).strip();
            if (text.isEmpty()) {
                if (required) {
                    fail(field, "block.field.empty");
                }
                return null;
            }
            if (text.length() > maxLength) {
                fail(field, "block.field.too-long", maxLength);
                return null;
            }
            return text;
        }

        private Block fail(String field, String key, Object... args) {
            problems.add(new BodyProblem(index, type, field, Messages.text(key, args)));
            return null;
        }
    }

    private static long textLength(JsonNode node) {
        if (node.isString()) {
            return node.asString().length();
        }
        long length = 0;
        if (node.isObject()) {
            for (var field : node.properties()) {
                // a block's type is not the story's text
                length += field.getKey().equals("type") ? 0 : textLength(field.getValue());
            }
        } else {
            for (JsonNode child : node.values()) {
                length += textLength(child);
            }
        }
        return length;
    }
}
