package org.nashir.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** What the body's fuzz tests hold every output to: markup that can show text and links, and can run nothing. */
final class InertHtml {

    private InertHtml() {
    }

    static void check(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.normalName()).isNotIn("script", "style", "iframe", "object", "embed", "svg", "math", "base",
                    "form", "meta", "link", "template");
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style");
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    assertThat(attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT))
                            .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                }
            });
        }
    }
}
