package org.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.article.body.Block;
import org.nashir.author.Author;
import org.nashir.media.MediaAsset;
import org.nashir.section.Section;
import org.nashir.settings.SocialLink;
import org.nashir.settings.SocialNetwork;
import org.nashir.shared.Digits;
import org.nashir.shared.MonthStyle;

/** The story page against the reference page (docs/reference-page.md), element by element. */
class ArticlePageIntegrationTests extends IntegrationTest {

    // 19 August 2024, 11:25 in Riyadh
    private static final Instant REFERENCE_TIME = Instant.parse("2024-08-19T08:25:00Z");

    private Section world;
    private Author reporter;
    private Article earlier;
    private Article story;

    @BeforeEach
    void referenceStory() {
        fixtures.settings(s -> {
            s.changePresentation(MonthStyle.EGYPTIAN, Digits.WESTERN, false);
            s.replaceSocialLinks(List.of(new SocialLink(SocialNetwork.FACEBOOK, "https://www.facebook.com/test.site"),
                    new SocialLink(SocialNetwork.X, "https://x.com/test_site")));
        });
        world = fixtures.section("العالم");
        reporter = fixtures.author("مراسلة الاختبار", "مراسلة الشؤون الدولية");
        earlier = fixtures.article(world).headline("لقاء سابق بين الرئيسين في العاصمة")
                .publishedAt(REFERENCE_TIME.minusSeconds(86_400 * 30)).save();
        MediaAsset photo = fixtures.image("الرئيسان يتصافحان في قاعة الاجتماعات", "لقاء الرئيسين في القصر", "رويترز");
        story = fixtures.article(world)
                .headline("هل يغير لقاء الرئيسين موازين المنطقة؟")
                .standfirst("قراءة في نتائج اللقاء")
                .by(reporter)
                .lead(photo)
                .publishedAt(REFERENCE_TIME)
                .body(new Block.Paragraph("الفقرة الأولى من <b>التحليل</b>."),
                        new Block.Paragraph("الفقرة الثانية."),
                        new Block.Paragraph("الفقرة الثالثة."),
                        new Block.Related("أخبار ذات علاقة", List.of(earlier.id())),
                        new Block.Paragraph("منذ كانون الثاني/ يناير 2001 تغير الكثير."),
                        new Block.Heading(2, "ما بعد اللقاء"),
                        new Block.Quote("الممرات هي السياسة الجديدة.", "د. خبير الاختبار", "أستاذ العلاقات الدولية", "الرواق"),
                        new Block.Paragraph("الفقرة الأخيرة."))
                .save();
    }

    @AfterEach
    void restoreSettings() {
        fixtures.settings(s -> s.changePresentation(MonthStyle.EGYPTIAN, Digits.WESTERN, false));
    }

    @Test
    void rendersEveryElementOfTheReferencePageInOrder() {
        Document page = page(Permalinks.article(story));

        // 1. site logo linking home: the site's mark and its name (the default logo)
        Element logo = page.selectFirst("header .logo");
        assertThat(logo.attr("href")).isEqualTo("/");
        assertThat(logo.text()).isEqualTo("موقع الاختبار");
        assertThat(get(logo.selectFirst("img").attr("src")).statusCode()).isEqualTo(200);

        Element article = page.selectFirst("main article");
        // 2. section above the headline, linked to the section front
        Element section = article.selectFirst(".story__section a");
        assertThat(section.text()).isEqualTo("العالم");
        assertThat(section.attr("href")).isEqualTo(Permalinks.section(world));

        // 3. headline: one h1, also the page title
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("هل يغير لقاء الرئيسين موازين المنطقة؟");
        assertThat(page.title()).isEqualTo("هل يغير لقاء الرئيسين موازين المنطقة؟ | موقع الاختبار");

        // 4. lead image with alt text and responsive variants
        Element figure = article.selectFirst("figure.figure--lead");
        Element img = figure.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("الرئيسان يتصافحان في قاعة الاجتماعات");
        assertThat(img.attr("srcset")).contains("320w", "640w", "960w", "1280w", "1600w");
        assertThat(get(img.attr("src")).statusCode()).isEqualTo(200);

        // 5. caption and credit, separate, the credit after «المصدر:»
        assertThat(figure.selectFirst("figcaption .figure__caption").text()).isEqualTo("لقاء الرئيسين في القصر");
        assertThat(figure.selectFirst("figcaption .figure__credit").text()).isEqualTo("المصدر: رويترز");

        // 6. publish time in Arabic with a machine-readable datetime
        Element time = article.selectFirst(".story__time time");
        assertThat(time.text()).isEqualTo("19 أغسطس 2024، 11:25 ص");
        assertThat(time.attr("datetime")).isEqualTo("2024-08-19T11:25:00+03:00");

        // 7. byline linking to the author page
        Element byline = article.selectFirst(".byline a[rel=author]");
        assertThat(byline.text()).isEqualTo(reporter.name());
        assertThat(byline.attr("href")).isEqualTo(Permalinks.author(reporter));

        // 8. body with paragraphs and attributed quotes
        Element body = article.selectFirst(".story__body");
        assertThat(body.select("> p")).hasSizeGreaterThanOrEqualTo(5);
        Element quote = body.selectFirst("figure.quote");
        assertThat(quote.selectFirst("blockquote").text()).isEqualTo("الممرات هي السياسة الجديدة.");
        assertThat(quote.selectFirst(".quote__speaker").text()).isEqualTo("د. خبير الاختبار");
        assertThat(quote.selectFirst(".quote__role").text()).contains("أستاذ العلاقات الدولية");

        // 9. related news as an aside where the block sits: after the third paragraph
        Element related = body.selectFirst("aside.related");
        assertThat(related.selectFirst(".related__title").text()).isEqualTo("أخبار ذات علاقة");
        assertThat(related.selectFirst("a").text()).isEqualTo("لقاء سابق بين الرئيسين في العاصمة");
        assertThat(related.selectFirst("a").attr("href")).isEqualTo(Permalinks.article(earlier));
        assertThat(related.elementSiblingIndex()).isEqualTo(3);

        // 10. sub-heading as h2
        assertThat(body.select("> h2").eachText()).containsExactly("ما بعد اللقاء");

        // 11. dates in text keep their dual month names
        assertThat(body.text()).contains("كانون الثاني/ يناير 2001");

        // 12. footer: logo, «تابعونا على» and the social links, copyright with year and holder
        Element footer = page.selectFirst("footer.site-footer");
        assertThat(footer.selectFirst(".logo").text()).isEqualTo("موقع الاختبار");
        assertThat(footer.selectFirst(".follow__title").text()).isEqualTo("تابعونا على");
        assertThat(footer.select(".follow a").eachAttr("href"))
                .containsExactly("https://www.facebook.com/test.site", "https://x.com/test_site");
        assertThat(footer.selectFirst(".copyright").text())
                .matches("جميع الحقوق محفوظة © \\d{4} شركة الاختبار للنشر");

        // and the reference order: section, headline, lead image, time, byline, body
        List<Element> order = List.of(section, page.selectFirst("h1"), figure, time, byline, body);
        Elements all = page.getAllElements();
        for (int i = 1; i < order.size(); i++) {
            assertThat(all.indexOf(order.get(i))).isGreaterThan(all.indexOf(order.get(i - 1)));
        }
    }

    @Test
    void theStoryCarriesShareLinksItsAbsoluteShortLinkItsReadingTimeAndItsNeighboursInTheSection() {
        Article later = fixtures.article(world).headline("ما جرى بعد اللقاء بيوم").publishedAt(REFERENCE_TIME.plusSeconds(86_400)).save();
        Document page = page(Permalinks.article(story));
        String address = "http://localhost:" + port;

        Element field = page.selectFirst("#short-link");
        assertThat(field.val()).isEqualTo(address + "/a/" + story.id());
        assertThat(field.hasAttr("readonly")).isTrue();
        assertThat(field.attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("label[for=short-link]")).isNotNull();
        String shortLink = java.net.URLEncoder.encode(address + "/a/" + story.id(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page.select(".share__link").eachAttr("href")).hasSize(5).allSatisfy(href -> assertThat(href).contains(shortLink))
                .anySatisfy(href -> assertThat(href).startsWith("https://wa.me/?text="))
                .anySatisfy(href -> assertThat(href).startsWith("https://x.com/intent/post?"))
                .anySatisfy(href -> assertThat(href).startsWith("https://www.facebook.com/sharer/sharer.php?u="))
                .anySatisfy(href -> assertThat(href).startsWith("https://t.me/share/url?"))
                .anySatisfy(href -> assertThat(href).startsWith("mailto:?subject=").doesNotContain("+"));
        assertThat(page.select(".share__link").eachText()).contains("واتساب", "فيسبوك", "تيليغرام");
        assertThat(page.select("script[src]").eachAttr("src")).allSatisfy(src -> assertThat(src).startsWith("/assets/"));

        assertThat(page.selectFirst(".story__reading").text()).isEqualTo("دقيقة قراءة");
        assertThat(page.selectFirst(".story-pager__older").attr("href")).isEqualTo(Permalinks.article(earlier));
        assertThat(page.selectFirst(".story-pager__newer").attr("href")).isEqualTo(Permalinks.article(later));
        assertThat(page(Permalinks.article(later)).selectFirst(".story-pager__newer")).as("the newest has no next").isNull();
    }

    @Test
    void printsDatesInTheMonthStyleAndDigitsTheSiteChose() {
        fixtures.settings(s -> s.changePresentation(MonthStyle.LEVANTINE_EGYPTIAN, Digits.WESTERN, true));
        Document page = page(Permalinks.article(story));
        assertThat(page.selectFirst(".story__time time").text()).isEqualTo("19 آب/أغسطس 2024، 11:25 ص");
        assertThat(page.selectFirst(".story__hijri").text()).isEqualTo("15 صفر 1446 هـ");

        fixtures.settings(s -> s.changePresentation(MonthStyle.EGYPTIAN, Digits.ARABIC_INDIC, false));
        page = page(Permalinks.article(story));
        assertThat(page.selectFirst(".story__time time").text()).isEqualTo("١٩ أغسطس ٢٠٢٤، ١١:٢٥ ص");
        assertThat(page.selectFirst(".story__time time").attr("datetime")).isEqualTo("2024-08-19T11:25:00+03:00");
        assertThat(page.select(".story__hijri")).isEmpty();
    }

    @Test
    void showsTheUpdateTimeOnlyWhenTheStoryChangedAfterPublishing() {
        assertThat(page(Permalinks.article(story)).select(".story__updated")).isEmpty();

        Article edited = fixtures.article(world).publishedAt(REFERENCE_TIME)
                .editedAt(REFERENCE_TIME.plusSeconds(3 * 3600)).save();
        Element updated = page(Permalinks.article(edited)).selectFirst(".story__updated time");
        assertThat(updated.text()).isEqualTo("19 أغسطس 2024، 2:25 م");
    }

    @Test
    void redirectsEveryOtherSpellingOfTheUrlToTheCanonicalOne() {
        String canonical = Permalinks.article(story);
        assertThat(canonical).startsWith(Permalinks.section(world) + "/" + story.id() + "/%D9%87%D9%84-");

        for (String other : List.of("/" + world.slug() + "/" + story.id(),
                "/" + world.slug() + "/" + story.id() + "/old-headline",
                "/other-section/" + story.id() + "/x",
                canonical.toLowerCase(),
                Permalinks.shortLink(story.id()))) {
            HttpResponse<String> response = get(other);
            assertThat(response.statusCode()).as(other).isEqualTo(301);
            assertThat(URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath())
                    .as(other).isEqualTo(canonical);
        }
        assertThat(get(canonical).statusCode()).isEqualTo(200);
    }

    @Test
    void hidesDraftsAndUnknownStoriesBehindTheArabic404Page() {
        Article draft = fixtures.article(world).draft().save();
        for (String path : List.of("/" + world.slug() + "/" + draft.id(), "/a/" + draft.id(),
                "/" + world.slug() + "/987654321", "/a/999999999999999999")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).contains("الصفحة غير موجودة");
        }
    }

    @Test
    void escapesEveryStringItPrints() {
        Article hostile = fixtures.article(world).headline("<script>alert(1)</script> عنوان")
                .standfirst("\"><img src=x onerror=alert(1)>")
                .body(new Block.Quote("<b>نص</b>", "<i>متحدث</i>", null, null)).save();
        HttpResponse<String> response = get(Permalinks.article(hostile));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert", "<img src=x", "<b>نص</b>", "<i>متحدث</i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; عنوان");
    }
}
