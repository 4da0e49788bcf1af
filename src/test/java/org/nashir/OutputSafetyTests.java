package org.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** The checker the hostile-input tests rely on finds each way out that it claims to, and passes escaped text. */
class OutputSafetyTests {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>%s</title><style>p{}</style>"
            + "<script type=\"application/ld+json\">{\"headline\":\"%s\"}</script></head><body><h1>%s</h1>"
            + "<p><a href=\"/a/1\">رابط</a></p><script src=\"/assets/js/editor.js\"></script></body></html>";

    @Test
    void everyHostileStringWrittenUnescapedIsCaught() {
        for (String hostile : HostileStrings.ALL) {
            // xss29 is an image with a strange alt text: inert in every browser since old Internet Explorer
            if (!hostile.contains("``") && hostile.matches("(?s).*(<script|<svg|<img|<iframe|<a href=\"j|onmouseover|<base|http-equiv|<style|<details|"
                    + "<x:script|<math|<noscript|<a href=\"&#).*")) {
                String raw = PAGE.formatted("t", "h", hostile);
                assertThat(OutputSafety.html("raw", raw)).as(hostile).isNotEmpty();
            }
        }
        assertThat(OutputSafety.html("title", PAGE.formatted("</title><script>alert(1)</script>", "h", "t"))).isNotEmpty();
        assertThat(OutputSafety.html("json", PAGE.formatted("t", "</script><script>alert(1)</script>", "t"))).isNotEmpty();
        assertThat(OutputSafety.html("attribute", "<p title=\"\" onfocus=\"alert(1)\" autofocus=\"\">x</p>")).isNotEmpty();
        assertThat(OutputSafety.xml("feed", "<rss><channel><item><description>&lt;img src=x onerror=alert(1)&gt;</description>"
                + "</item></channel></rss>")).isNotEmpty();
        assertThat(OutputSafety.xml("broken", "<rss><title>]]></title><script>x</script></rss>")).isNotEmpty();
    }

    @Test
    void everyHostileStringEscapedPasses() {
        for (String hostile : HostileStrings.ALL) {
            String escaped = HtmlUtils.htmlEscape(org.nashir.shared.PlainText.clean(hostile), "UTF-8");
            assertThat(OutputSafety.html("escaped", PAGE.formatted(escaped, "h", escaped))).as(hostile).isEmpty();
            assertThat(OutputSafety.xml("feed", "<rss><channel><item><title>" + escaped + "</title><description>"
                    + HtmlUtils.htmlEscape(escaped, "UTF-8") + "</description></item></channel></rss>")).as(hostile).isEmpty();
        }
    }
}
