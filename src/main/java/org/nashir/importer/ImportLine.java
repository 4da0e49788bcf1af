package org.nashir.importer;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Entities;
import org.nashir.article.Article;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.article.body.BodyCodec;
import org.nashir.article.body.InvalidBodyException;
import org.nashir.shared.Messages;
import org.nashir.shared.PlainText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One story of an import file, read and checked before anything touches the database. */
record ImportLine(long number, String headline, String standfirst, Body body, String section, List<String> authors,
        Set<String> tags, Instant publishedAt, String sourceUrl, String image, boolean publish) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads a line; a line that cannot become a story throws IllegalArgumentException with the reason in Arabic. */
    static ImportLine read(long number, String text, ZoneId zone, Instant now) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(Messages.text("body.not-json"));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(Messages.text("import.line.not-object"));
        }
        String headline = string(root, "headline");
        if (headline == null) {
            throw new IllegalArgumentException(Messages.text("import.headline.required"));
        }
        if (headline.length() > Article.MAX_HEADLINE) {
            throw new IllegalArgumentException(Messages.text("import.headline.too-long", Article.MAX_HEADLINE));
        }
        String section = string(root, "section");
        if (section == null) {
            throw new IllegalArgumentException(Messages.text("import.section.required"));
        }
        String status = string(root, "status");
        boolean publish;
        if (status == null || status.toLowerCase(Locale.ROOT).equals("published")) {
            publish = true;
        } else if (status.toLowerCase(Locale.ROOT).equals("draft")) {
            publish = false;
        } else {
            throw new IllegalArgumentException(Messages.text("import.status"));
        }
        String when = string(root, "published_at");
        Instant publishedAt = when == null ? now : ImportDates.parse(when, zone);
        return new ImportLine(number, headline, string(root, "standfirst"), body(root.get("body")), section,
                List.copyOf(strings(root, "authors")), strings(root, "tags"), publishedAt, string(root, "source_url"),
                string(root, "image"), publish);
    }

    /** Paragraph strings (plain text, escaped into paragraph markup here) or blocks in the stored format. */
    private static Body body(JsonNode body) {
        if (body == null || body.isNull()) {
            return Body.of();
        }
        if (body.isString()) {
            return paragraphs(List.of(body.stringValue().split("\\n+")));
        }
        if (!body.isArray()) {
            throw new IllegalArgumentException(Messages.text("import.body.shape"));
        }
        boolean allStrings = true;
        List<String> texts = new ArrayList<>();
        for (JsonNode item : body.values()) {
            if (item.isString()) {
                texts.add(item.stringValue());
            } else {
                allStrings = false;
            }
        }
        if (allStrings) {
            return paragraphs(texts);
        }
        ObjectNode stored = JSON.createObjectNode();
        stored.put("version", Body.VERSION);
        stored.set("blocks", body);
        try {
            return BodyCodec.read(stored);
        } catch (InvalidBodyException e) {
            // every problem in the editor's words, as the refusal already joins them
            throw new IllegalArgumentException(Messages.text("import.body.invalid", e.getMessage()));
        }
    }

    private static Body paragraphs(List<String> texts) {
        List<Block> blocks = new ArrayList<>();
        for (String text : texts) {
            // cleaned first: a paragraph of control characters is as empty as a blank one
            String clean = PlainText.clean(text).strip();
            if (!clean.isEmpty()) {
                blocks.add(new Block.Paragraph(Entities.escape(clean)));
            }
        }
        return new Body(blocks);
    }

    private static String string(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(Messages.text("import.field.not-text", field));
        }
        String text = value.stringValue().strip();
        return text.isEmpty() ? null : text;
    }

    private static Set<String> strings(JsonNode root, String field) {
        JsonNode value = root.get(field);
        Set<String> out = new LinkedHashSet<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isString()) {
            if (!value.stringValue().isBlank()) {
                out.add(value.stringValue().strip());
            }
            return out;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(Messages.text("import.field.names", field));
        }
        for (JsonNode item : value.values()) {
            if (!item.isString()) {
                throw new IllegalArgumentException(Messages.text("import.field.names", field));
            }
            if (!item.stringValue().isBlank()) {
                out.add(item.stringValue().strip());
            }
        }
        return out;
    }
}
