package org.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.body.Block;
import org.nashir.article.body.EmbedProvider;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.tag.Tag;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every kind of reader page validates with the Nu HTML checker, run here as a library. */
class HtmlValidityIntegrationTests extends IntegrationTest {

    private static final List<String> errors = new ArrayList<>();
    private static SimpleDocumentValidator validator;

    @BeforeAll
    static void checker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            public void warning(SAXParseException e) {
                // warnings are advice (for example about the charset declaration), not failures
            }

            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    @Test
    void checkerReportsErrorsOnABrokenPage() throws Exception {
        assertThat(check("<!DOCTYPE html><html lang=\"ar\"><head><title>x</title></head><body><img src=\"a.jpg\"><p dir=\"sideways\">x</p></body></html>"))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyReaderPageIsValidHtml() throws Exception {
        Section section = fixtures.section("العالم");
        Author author = fixtures.author("كاتب التحقق", "محرر");
        Tag tag = fixtures.tag("وسم التحقق");
        Article earlier = fixtures.article(section).headline("خبر سابق").by(author).save();
        Article story = fixtures.article(section)
                .headline("خبر بكل أنواع الكتل")
                .standfirst("مقدمة الخبر")
                .by(author, fixtures.author("كاتب ثان", null))
                .tagged(tag)
                .lead(fixtures.image("صورة رئيسية", "تعليق الصورة", "رويترز"))
                .breaking()
                .body(new Block.Paragraph("فقرة فيها <a href=\"https://example.org/x?a=1&b=2\">رابط</a> و<i>مائل</i>."),
                        new Block.Heading(2, "عنوان فرعي"),
                        new Block.Heading(3, "عنوان أصغر"),
                        new Block.Quote("نص الاقتباس", "المتحدث", "صفته", "الرواق"),
                        new Block.Quote("اقتباس بلا متحدث", null, null, null),
                        new Block.Image(fixtures.image("صورة داخلية", null, "أ ف ب").id(), "تعليق بديل", null),
                        new Block.ListItems(false, List.of("أول", "ثان")),
                        new Block.ListItems(true, List.of("واحد", "اثنان")),
                        new Block.Related("أخبار ذات علاقة", List.of(earlier.id())),
                        new Block.Embed(EmbedProvider.YOUTUBE, "https://www.youtube.com/watch?v=abc", "مقطع"),
                        new Block.Embed(EmbedProvider.X, "https://x.com/user/status/1", null))
                .save();

        Map<String, String> pages = Map.of(
                "home", "/",
                "section", Permalinks.section(section),
                "article", Permalinks.article(story),
                "author", Permalinks.author(author),
                "tag", Permalinks.tag(tag),
                "search results", "/search?q=" + java.net.URLEncoder.encode("خبر الكتل", java.nio.charset.StandardCharsets.UTF_8),
                "search without results", "/search?q=zzzz&sort=newest",
                "search form", "/search",
                "404", "/no-such-page");
        for (var entry : pages.entrySet()) {
            HttpResponse<String> response = get(entry.getValue());
            assertThat(check(response.body())).as("Nu checker errors on the %s page", entry.getKey()).isEmpty();
        }
    }

    private static List<String> check(String html) throws Exception {
        errors.clear();
        InputSource source = new InputSource(new StringReader(html));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return List.copyOf(errors);
    }
}
