package org.nashir;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an output the way its consumer does (a browser's HTML parser, an XML parser, a JSON parser)
 * and lists everything in it that could run or that broke out of the place the site put it: script
 * other than the site's own files and JSON-LD, event handlers, script and data URLs, frames, bases,
 * refreshes, SVG and MathML, style other than the site's sheet. An empty list means safe.
 */
public final class OutputSafety {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> NEVER = Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "base",
            "svg", "math", "template", "noscript", "xmp", "plaintext", "portal", "dialog");
    private static final Set<String> URLS = Set.of("href", "src", "action", "formaction", "poster", "data", "background",
            "xlink:href", "srcset", "cite", "ping", "lowsrc", "dynsrc");
    private static final Pattern SCRIPT_URL = Pattern.compile("^(javascript|vbscript|data|livescript):.*", Pattern.DOTALL);
    /** Elements of feeds and sitemaps whose text is HTML for the reader's program to show. */
    private static final Set<String> HTML_IN_XML = Set.of("description", "content:encoded", "content", "summary");

    private OutputSafety() {
    }

    public static List<String> html(String where, String body) {
        List<String> problems = new ArrayList<>();
        Document page = Jsoup.parse(body);
        int styles = 0;
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (NEVER.contains(tag) || tag.contains(":")) {
                problems.add(where + ": <" + tag + "> " + cut(element.outerHtml()));
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                problems.add(where + ": refresh or policy meta " + cut(element.outerHtml()));
            }
            if (tag.equals("script") && !element.attr("src").startsWith("/assets/")) {
                if (!element.attr("type").equals("application/ld+json")) {
                    problems.add(where + ": script " + cut(element.outerHtml()));
                } else if (!parses(element.data()) || element.data().contains("</")) {
                    problems.add(where + ": JSON-LD broken " + cut(element.data()));
                }
            }
            if (tag.equals("style") && (++styles > 1 || !element.parent().normalName().equals("head"))) {
                problems.add(where + ": style " + cut(element.outerHtml()));
            }
            if (tag.equals("link") && !Set.of("canonical", "alternate", "preload", "icon", "apple-touch-icon", "manifest", "stylesheet").contains(element.attr("rel"))) {
                problems.add(where + ": link " + cut(element.outerHtml()));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("formaction")) {
                    problems.add(where + ": attribute " + name + " on <" + tag + "> " + cut(element.outerHtml()));
                }
                if (URLS.contains(name)) {
                    for (String url : name.equals("srcset") ? attribute.getValue().split(",") : new String[] {attribute.getValue()}) {
                        String bare = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                        if (SCRIPT_URL.matcher(bare).matches()) {
                            problems.add(where + ": script URL in " + name + " " + cut(element.outerHtml()));
                        }
                        // where the link goes: what a share link carries in its query (the headline) is text
                        String target = bare.contains("?") ? bare.substring(0, bare.indexOf('?')) : bare;
                        if (target.contains("evil.example") || target.contains("xn--") || !bare.matches("\\p{ASCII}*")) {
                            problems.add(where + ": hostile address in " + name + " " + cut(element.outerHtml()));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Well-formed, with no DTD; the HTML a feed carries for readers is checked as a page. */
    public static List<String> xml(String where, String body) {
        List<String> problems = new ArrayList<>();
        org.w3c.dom.Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
        } catch (Exception e) {
            problems.add(where + ": not well-formed XML: " + e.getMessage());
            return problems;
        }
        walk(document.getDocumentElement(), where, problems);
        return problems;
    }

    private static void walk(Node node, String where, List<String> problems) {
        String name = node.getNodeName();
        if (name.equals("script") || name.endsWith(":script") || name.equals("html")) {
            problems.add(where + ": element <" + name + "> in XML");
        }
        // Atom says which of its texts are plain; RSS descriptions and content are HTML to every reader
        boolean plain = node instanceof org.w3c.dom.Element element && element.getAttribute("type").equals("text");
        if (HTML_IN_XML.contains(name) && !plain) {
            problems.addAll(html(where + " <" + name + ">", node.getTextContent()));
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                walk(children.item(i), where, problems);
            }
        }
    }

    public static List<String> json(String where, String body) {
        return parses(body) ? List.of() : List.of(where + ": not JSON: " + cut(body));
    }

    private static boolean parses(String json) {
        try {
            JSON.readTree(json);
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
