package org.nashir.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashir.shared.PlainText;

/** Coverage-guided fuzzing (Jazzer) of the body renderer, with the story page's own templates. */
class BodyRendererFuzzTests {

    private static final BodyHtml RENDERER = new BodyHtml(TemplateEngine.createPrecompiled(ContentType.Html));

    /** Text stays text in every block and the blocks keep their shape, whatever they hold. */
    @MethodSource("org.nashir.FuzzSeeds#hostilePairs")
    @FuzzTest(maxDuration = "10s")
    void textStaysTextAndBlocksKeepTheirShape(@NotNull String typed, @NotNull String html) {
        // as every kept text is (PlainText)
        String text = PlainText.clean(typed);
        List<BlockView> blocks = List.of(new BlockView.Paragraph(InlineHtml.sanitize(html)), new BlockView.Heading(2, text),
                new BlockView.Quote(text, text, text, text), new BlockView.ListItems(false, List.of(text, text)));
        String rendered = RENDERER.render(blocks, "https://news.example");
        InertHtml.check(rendered);
        var body = Jsoup.parseBodyFragment(rendered).body();
        assertThat(body.select("h2")).hasSize(1);
        assertThat(body.select("h2").text()).isEqualTo(Jsoup.parseBodyFragment("<h2></h2>").body().select("h2").first()
                .text(text).text());
        assertThat(body.select("blockquote")).hasSize(1);
        assertThat(body.select("ul > li")).hasSize(2);
    }
}
