package org.nashir.article.body;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * A story body as one HTML string, for feeds and the API: the very templates of the story page, with
 * every link and image made absolute so that the HTML still works away from the site.
 */
@Component
public class BodyHtml {

    private final TemplateEngine templates;

    BodyHtml(TemplateEngine templates) {
        this.templates = templates;
    }

    public String render(List<BlockView> blocks, String baseUrl) {
        StringOutput out = new StringOutput();
        for (BlockView block : blocks) {
            templates.render("site/blocks/block.jte", Map.of("block", block), out);
        }
        Document document = Jsoup.parseBodyFragment(out.toString(), baseUrl + "/");
        document.outputSettings().prettyPrint(false);
        for (Element link : document.select("[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (Element image : document.select("[src]")) {
            image.attr("src", image.absUrl("src"));
        }
        for (Element image : document.select("[srcset]")) {
            image.attr("srcset", absoluteSrcset(image.attr("srcset"), baseUrl));
        }
        return document.body().html().strip();
    }

    private static String absoluteSrcset(String srcset, String baseUrl) {
        return Arrays.stream(srcset.split(","))
                .map(String::strip)
                .map(candidate -> candidate.startsWith("/") ? baseUrl + candidate : candidate)
                .collect(Collectors.joining(", "));
    }
}
