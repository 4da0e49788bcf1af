package org.nashir.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.article.body.EmbedProvider;
import org.nashir.article.body.InlineHtml;
import org.nashir.shared.Messages;
import org.nashir.shared.PlainText;

/**
 * Turns a WordPress post's content, block editor (Gutenberg) or classic editor, into our blocks.
 * Both serialise to HTML, so one walk over the HTML serves both: the block comments are only
 * delimiters. Classic content is first given the paragraphs WordPress's wpautop would add, and its
 * [caption] and [embed] shortcodes become the figures the block editor writes. Whatever has no block
 * of its own becomes a sanitised paragraph of its text and is named in the report, never dropped
 * silently.
 */
final class WordPressBody {

    /** An image of the media library for an address met in a post; null when it could not be brought in. */
    interface Images {
        Long find(String src, Long attachmentId);
    }

    static final int MAX_BLOCKS = 500;
    private static final int MAX_TEXT = 20_000;

    private static final Pattern CAPTION = Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]", Pattern.DOTALL);
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*\\](.*?)\\[/embed\\]", Pattern.DOTALL);
    private static final Pattern ATTACHMENT_ID = Pattern.compile("(?:attachment_|wp-image-)(\\d+)");
    private static final Pattern BLOCK_START = Pattern.compile(
            "(?is)^<(h[1-6]|p|ul|ol|blockquote|figure|div|table|pre|hr|iframe|script|style|section|dl)\\b.*");
    private static final Pattern LEADING_HEADING = Pattern.compile("(?is)^(<h[1-6][^>]*>.*?</h[1-6]>)\\s*(.*)$");
    private static final Pattern BARE_URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern YOUTUBE_EMBED = Pattern.compile("^https://www\\.youtube(?:-nocookie)?\\.com/embed/([\\w-]+).*");

    private final Images images;
    /** What was converted how, told to the report: "heading", "table → paragraph", … */
    private final Consumer<String> notes;
    private final List<Block> blocks = new ArrayList<>();

    private WordPressBody(Images images, Consumer<String> notes) {
        this.images = images;
        this.notes = notes;
    }

    static Body convert(String content, Images images, Consumer<String> notes) {
        WordPressBody body = new WordPressBody(images, notes);
        if (content != null && !content.isBlank()) {
            String html = shortcodes(content);
            if (!content.contains("<!-- wp:")) {
                html = autop(html);
            }
            body.children(parse(html).body());
        }
        if (body.blocks.size() > MAX_BLOCKS) {
            notes.accept(Messages.text("import.wp.too-many-blocks", MAX_BLOCKS));
            return new Body(List.copyOf(body.blocks.subList(0, MAX_BLOCKS)));
        }
        return new Body(List.copyOf(body.blocks));
    }

    /** Parsed for re-serialising as written: jsoup's pretty printing would add line breaks that are not in the post. */
    private static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /** [caption] and [embed] as the figures the block editor writes for the same things. */
    private static String shortcodes(String content) {
        String html = CAPTION.matcher(content).replaceAll(m -> {
            Element inner = parse(m.group(2)).body();
            Element img = inner.selectFirst("img");
            if (img == null) {
                return Matcher.quoteReplacement(m.group(2));
            }
            Matcher id = ATTACHMENT_ID.matcher(m.group(1));
            if (id.find()) {
                img.addClass("wp-image-" + id.group(1));
            }
            String imgHtml = img.outerHtml();
            img.remove();
            return Matcher.quoteReplacement("<figure class=\"wp-block-image\">" + imgHtml + "<figcaption>"
                    + inner.html().strip() + "</figcaption></figure>");
        });
        return EMBED.matcher(html).replaceAll(m -> Matcher.quoteReplacement(embedFigure(m.group(1).strip())));
    }

    private static String embedFigure(String url) {
        return "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">" + Entities.escape(url)
                + "</div></figure>";
    }

    /** WordPress's wpautop in short: blank lines part paragraphs, single newlines are line breaks, a lone URL is an embed. */
    private static String autop(String content) {
        StringBuilder out = new StringBuilder();
        for (String chunk : content.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String text = chunk.strip();
            if (text.isEmpty()) {
                continue;
            }
            // a heading written on the line before its text, as classic posts often have it
            Matcher lead = LEADING_HEADING.matcher(text);
            if (lead.matches()) {
                out.append(lead.group(1));
                text = lead.group(2).strip();
            }
            if (text.isEmpty()) {
                continue;
            }
            if (BARE_URL.matcher(text).matches()) {
                out.append(embedFigure(text));
            } else if (BLOCK_START.matcher(text).matches()) {
                out.append(text);
            } else {
                out.append("<p>").append(text.replace("\n", "<br>")).append("</p>");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private void children(Element parent) {
        StringBuilder loose = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                loose.append(text.outerHtml());
                continue;
            }
            if (!(node instanceof Element element)) {
                continue; // comments: the block editor's delimiters
            }
            if (isInline(element)) {
                loose.append(element.outerHtml());
                continue;
            }
            flushLoose(loose);
            element(element);
        }
        flushLoose(loose);
    }

    private void flushLoose(StringBuilder loose) {
        if (!loose.toString().isBlank()) {
            paragraph(loose.toString(), Messages.text("import.wp.loose-text"));
        }
        loose.setLength(0);
    }

    private static boolean isInline(Element element) {
        return switch (element.normalName()) {
            case "a", "b", "strong", "i", "em", "span", "br", "sup", "sub", "u", "small", "mark", "abbr", "code" -> true;
            default -> false;
        };
    }

    private void element(Element element) {
        String name = element.normalName();
        switch (name) {
            case "p" -> {
                Element img = element.selectFirst("img");
                if (img != null && element.text().isBlank()) {
                    image(img, null);
                } else {
                    paragraph(element.html(), "paragraph");
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element);
            case "blockquote" -> quote(element);
            case "ul", "ol" -> list(element);
            case "figure" -> figure(element);
            case "img" -> image(element, null);
            case "div", "section", "article", "main", "header", "footer", "aside", "center" -> {
                if (element.className().matches(".*\\bwp-block-(group|columns|column|cover|media-text)\\b.*")
                        || element.className().isBlank()) {
                    if (!element.className().isBlank()) {
                        notes.accept(Messages.text("import.wp.container", element.className().split(" ")[0]));
                    }
                    children(element);
                } else {
                    fallback(element, "<div class=\"" + element.className().split(" ")[0] + "\">");
                }
            }
            case "iframe" -> iframe(element);
            case "hr" -> notes.accept(Messages.text("import.wp.rule"));
            case "script", "style", "noscript" -> notes.accept(Messages.text("import.wp.element.dropped", name));
            case "table" -> fallback(element, Messages.text("import.wp.table"));
            default -> fallback(element, "<" + name + ">");
        }
    }

    private void paragraph(String html, String note) {
        // cleaned as every kept text is, then checked: a paragraph of control characters is as empty as <p>&nbsp;</p>
        String clean = PlainText.clean(InlineHtml.sanitize(html)).strip();
        // a paragraph that held only markup (an empty <p>&nbsp;</p>) is no paragraph
        if (Jsoup.parseBodyFragment(clean).body().text().replace('\u00a0', ' ').isBlank()) {
            return;
        }
        if (clean.length() > MAX_TEXT) {
            clean = Entities.escape(Jsoup.parseBodyFragment(clean).body().text());
            clean = clean.substring(0, Math.min(clean.length(), MAX_TEXT));
            notes.accept(Messages.text("import.wp.long-paragraph", MAX_TEXT));
        }
        blocks.add(new Block.Paragraph(clean));
        notes.accept(note);
    }

    /** Text of what has no block of its own, as a paragraph, line by line (a table's rows). */
    private void fallback(Element element, String what) {
        Element copy = element.clone();
        copy.select("script, style").remove();
        List<String> lines = new ArrayList<>();
        org.jsoup.select.Elements rows = copy.select("tr");
        if (!rows.isEmpty()) {
            rows.forEach(row -> lines.add(String.join(" | ", row.select("th, td").eachText())));
        } else if (!copy.text().isBlank()) {
            lines.add(copy.text());
        }
        if (lines.isEmpty()) {
            notes.accept(Messages.text("import.wp.empty", what));
            return;
        }
        StringBuilder html = new StringBuilder();
        for (String line : lines) {
            html.append(html.isEmpty() ? "" : "<br>").append(Entities.escape(line));
        }
        paragraph(html.toString(), Messages.text("import.wp.as-paragraph", what));
    }

    private void heading(Element element) {
        String text = element.text().strip();
        if (text.isEmpty()) {
            return;
        }
        int level = element.normalName().compareTo("h3") < 0 ? 2 : 3;
        if (text.length() > 500) {
            paragraph(Entities.escape(text), Messages.text("import.wp.long-heading"));
            return;
        }
        blocks.add(new Block.Heading(level, text));
        notes.accept("heading");
    }

    /** A quote and its attribution: «النص» — speaker، role. */
    private void quote(Element element) {
        Element copy = element.clone();
        Element cite = copy.selectFirst("cite, footer");
        String speaker = null;
        String role = null;
        if (cite != null) {
            String[] who = cite.text().strip().split("\\s*[،,]\\s*", 2);
            speaker = who[0].isBlank() ? null : who[0];
            role = who.length > 1 && !who[1].isBlank() ? who[1] : null;
            cite.remove();
        }
        List<String> paragraphs = copy.select("p").eachText();
        String text = paragraphs.isEmpty() ? copy.text() : String.join("\n", paragraphs);
        text = text.strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.length() > MAX_TEXT || (speaker != null && speaker.length() > 500) || (role != null && role.length() > 500)) {
            fallback(element, Messages.text("import.wp.long-quote"));
            return;
        }
        blocks.add(new Block.Quote(text, speaker, role, null));
        notes.accept("quote");
    }

    private void list(Element element) {
        List<String> items = new ArrayList<>();
        for (Element item : element.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            Element copy = item.clone();
            copy.select("ul, ol").forEach(nested -> nested.replaceWith(new TextNode(" — " + String.join("، ", nested.select("li").eachText()))));
            String clean = InlineHtml.sanitize(parse("").body().appendChild(copy).html()).strip();
            if (!Jsoup.parseBodyFragment(clean).body().text().isBlank()) {
                items.add(clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        for (int from = 0; from < items.size(); from += 100) {
            blocks.add(new Block.ListItems(element.normalName().equals("ol"), List.copyOf(items.subList(from, Math.min(items.size(), from + 100)))));
        }
        notes.accept("list");
    }

    private void figure(Element figure) {
        String classes = figure.className();
        if (classes.contains("wp-block-pullquote") && figure.selectFirst("blockquote") != null) {
            quote(figure.selectFirst("blockquote"));
            return;
        }
        if (classes.contains("wp-block-gallery")) {
            notes.accept(Messages.text("import.wp.gallery"));
            for (Element inner : figure.select("figure")) {
                if (inner != figure && inner.selectFirst("img") != null) {
                    image(inner.selectFirst("img"), inner.selectFirst("figcaption"));
                }
            }
            return;
        }
        Element wrapper = figure.selectFirst(".wp-block-embed__wrapper");
        if (wrapper != null || classes.contains("wp-block-embed")) {
            embed((wrapper == null ? figure : wrapper).text().strip(), figure.selectFirst("figcaption"));
            return;
        }
        if (figure.selectFirst("table") != null) {
            fallback(figure.selectFirst("table"), Messages.text("import.wp.table"));
            return;
        }
        Element img = figure.selectFirst("img");
        if (img != null) {
            image(img, figure.selectFirst("figcaption"));
            return;
        }
        Element media = figure.selectFirst("video, audio");
        if (media != null) {
            Element caption = figure.selectFirst("figcaption");
            String text = (caption == null ? "" : caption.text() + " ") + media.attr("src");
            paragraph(Entities.escape(text.strip()), Messages.text("import.wp.media-link", media.normalName()));
            return;
        }
        fallback(figure, "<figure>");
    }

    private void image(Element img, Element figcaption) {
        String src = img.attr("src").strip();
        Matcher id = ATTACHMENT_ID.matcher(img.className());
        Long attachment = id.find() ? Long.valueOf(id.group(1)) : null;
        Long media = src.isEmpty() && attachment == null ? null : images.find(src, attachment);
        if (media == null) {
            notes.accept(Messages.text("import.wp.image.dropped"));
            return;
        }
        Credits.Split text = Credits.split(figcaption == null ? null : figcaption.text());
        blocks.add(new Block.Image(media, cut(text.caption(), MAX_TEXT), cut(text.credit(), 500)));
        notes.accept("image");
    }

    private void iframe(Element iframe) {
        Matcher youtube = YOUTUBE_EMBED.matcher(iframe.attr("src"));
        if (youtube.matches()) {
            embed("https://www.youtube.com/watch?v=" + youtube.group(1), null);
        } else {
            fallback(new Element("p").text(iframe.attr("src")), "<iframe>");
        }
    }

    private void embed(String address, Element caption) {
        String url = address.replaceFirst("^http://", "https://");
        EmbedProvider provider = EmbedProvider.forUrl(url);
        if (provider == null) {
            if (!url.isEmpty()) {
                paragraph("<a href=\"" + Entities.escape(url) + "\">" + Entities.escape(url) + "</a>", Messages.text("import.wp.embed.unknown"));
            }
            return;
        }
        blocks.add(new Block.Embed(provider, url, caption == null || caption.text().isBlank() ? null : cut(caption.text(), 500)));
        notes.accept("embed");
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
