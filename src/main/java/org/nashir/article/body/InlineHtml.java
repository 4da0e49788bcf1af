package org.nashir.article.body;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nashir.shared.Messages;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The inline markup a paragraph may carry: bold, italic, line breaks and links. Checked strictly on
 * write, so an editor learns what was refused, and sanitised again on every render as a second wall.
 */
public final class InlineHtml {

    private static final Set<String> ELEMENTS = Set.of("b", "strong", "i", "em", "br", "a");
    /** A site link starts with one slash and holds no backslash: browsers read «/\evil.example» as «//evil.example». */
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)(https?://[^\\s]+|mailto:[^\\s]+|/(?![/\\\\])[^\\s\\\\]*)");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ELEMENTS.toArray(String[]::new))
            // the links the check on write accepts, no more: the policy alone also keeps relative ones («page.html»)
            .allowAttributes("href").matching(SAFE_HREF).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private InlineHtml() {
    }

    /** The text of a paragraph without its markup; plain text (most of an imported archive) is not parsed. */
    public static String text(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        return Jsoup.parseBodyFragment(html).body().text();
    }

    /** Null when the markup is acceptable, otherwise what is wrong with it, in Arabic. */
    static String problemWith(String html) {
        if (html.indexOf('<') < 0) {
            return null; // plain text, as most of an imported archive is: no markup to refuse
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            String name = element.normalName();
            if (!ELEMENTS.contains(name)) {
                return Messages.text("block.markup.element", name);
            }
            for (Attribute attribute : element.attributes()) {
                if (!("a".equals(name) && "href".equals(attribute.getKey()))) {
                    return Messages.text("block.markup.attribute", attribute.getKey(), name);
                }
                if (!SAFE_HREF.matcher(attribute.getValue().strip()).matches()) {
                    return Messages.text("block.markup.link");
                }
            }
        }
        return hasText(body) ? null : Messages.text("block.paragraph.empty");
    }

    /** Inline markup reduced to what a paragraph may hold: bold, italics, line breaks and safe links. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    private static boolean hasText(Node node) {
        if (node instanceof TextNode text) {
            return !text.isBlank();
        }
        for (Node child : node.childNodes()) {
            if (hasText(child)) {
                return true;
            }
        }
        return false;
    }
}
