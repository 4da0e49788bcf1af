package org.nashir.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
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
import org.nashir.tag.Tag;

/** Every feed parsed by ROME, as feed readers parse it, and checked for what each format requires. */
class FeedIntegrationTests extends IntegrationTest {

    private Section economy;
    private Author writer;
    private Tag tag;
    private Article illustrated;
    private Article plain;

    @BeforeEach
    void stories() {
        fixtures.settings(s -> s.changeDistribution(null, true, null));
        economy = fixtures.section("الاقتصاد");
        writer = fixtures.author("كاتبة الاقتصاد", "محررة");
        tag = fixtures.tag("النفط");
        MediaAsset photo = fixtures.image("ناقلة نفط في الميناء", "ناقلة في ميناء الفجيرة", "رويترز");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        plain = fixtures.article(economy).headline("أسعار الذهب تستقر & الأسواق تترقب <البيانات>")
                .body(new Block.Paragraph("نص الخبر الأول عن الذهب."))
                .by(writer).publishedAt(now.minusSeconds(3600)).save();
        illustrated = fixtures.article(economy).headline("النفط يرتفع بعد قرار أوبك")
                .standfirst("ارتفاع في الأسعار بعد الاجتماع")
                .body(new Block.Paragraph("قال <b>المحللون</b> إن <a href=\"/a/" + plain.id() + "\">القرار</a> متوقع."),
                        new Block.Heading(2, "ردود الفعل"))
                .by(writer).tagged(tag).lead(photo).publishedAt(now).save();
        fixtures.article(economy).headline("مسودة لا تظهر في الخلاصات").draft().save();
    }

    @AfterEach
    void fullTextAgain() {
        fixtures.settings(s -> s.changeDistribution(null, true, null));
    }

    @Test
    void theSectionRssFeedParsesAndCarriesEveryRequiredElement() throws Exception {
        Channel channel = rss(Permalinks.sectionFeed(economy, false));

        assertThat(channel.getTitle()).contains("الاقتصاد");
        assertThat(channel.getLink()).isEqualTo(base() + Permalinks.section(economy));
        assertThat(channel.getDescription()).isNotBlank();
        assertThat(channel.getLanguage()).isEqualTo("ar");
        assertThat(channel.getItems()).extracting(Item::getTitle)
                .containsExactly("النفط يرتفع بعد قرار أوبك", "أسعار الذهب تستقر & الأسواق تترقب <البيانات>");

        Item item = channel.getItems().get(0);
        assertThat(item.getLink()).isEqualTo(base() + Permalinks.article(illustrated));
        assertThat(item.getGuid().getValue()).isEqualTo(base() + "/a/" + illustrated.id());
        assertThat(item.getPubDate()).isNotNull();
        assertThat(item.getPubDate().toInstant()).isEqualTo(illustrated.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(item.getDescription().getValue()).isEqualTo("ارتفاع في الأسعار بعد الاجتماع");
        assertThat(item.getContent().getValue()).contains("<b>المحللون</b>", "<h2>ردود الفعل</h2>")
                .contains("href=\"" + base() + "/a/" + plain.id() + "\"");
        assertThat(item.getCategories()).extracting(c -> c.getValue()).contains("الاقتصاد", tag.name());
        assertThat(item.getEnclosures()).singleElement().satisfies(enclosure -> {
            assertThat(enclosure.getType()).isEqualTo("image/jpeg");
            assertThat(enclosure.getLength()).isPositive();
            assertThat(get(URI.create(enclosure.getUrl()).getPath()).statusCode()).isEqualTo(200);
        });
        assertThat(channel.getItems().get(1).getEnclosures()).isEmpty();
    }

    @Test
    void theRssFeedCarriesMediaRssAndTheAuthorsAndPointsToItself() {
        Document xml = Jsoup.parse(get(Permalinks.sectionFeed(economy, false)).body(), Parser.xmlParser());

        var media = xml.selectFirst("item media|content");
        assertThat(media).isNotNull();
        assertThat(media.attr("medium")).isEqualTo("image");
        assertThat(Integer.parseInt(media.attr("width"))).isPositive();
        assertThat(Integer.parseInt(media.attr("height"))).isPositive();
        assertThat(media.selectFirst("media|credit").text()).isEqualTo("رويترز");
        assertThat(xml.select("item").get(0).select("dc|creator").text()).isEqualTo(writer.name());
        assertThat(xml.selectFirst("channel > atom|link[rel=self]").attr("href"))
                .isEqualTo(base() + Permalinks.sectionFeed(economy, false));
    }

    @Test
    void theSectionAtomFeedParsesAndCarriesEveryRequiredElement() throws Exception {
        com.rometools.rome.feed.atom.Feed feed = atom(Permalinks.sectionFeed(economy, true));

        assertThat(feed.getId()).isEqualTo(base() + Permalinks.section(economy));
        assertThat(feed.getTitle()).contains("الاقتصاد");
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getEntries()).hasSize(2);
        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getId()).isEqualTo(base() + "/a/" + illustrated.id());
        assertThat(entry.getTitle()).isEqualTo("النفط يرتفع بعد قرار أوبك");
        assertThat(entry.getUpdated()).isNotNull();
        assertThat(entry.getPublished().toInstant()).isEqualTo(illustrated.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(entry.getAlternateLinks()).extracting(Link::getHref).containsExactly(base() + Permalinks.article(illustrated));
        assertThat(entry.getAuthors()).extracting(p -> p.getName()).containsExactly(writer.name());
        assertThat(entry.getSummary().getValue()).isEqualTo("ارتفاع في الأسعار بعد الاجتماع");
        assertThat(entry.getContents()).singleElement().satisfies(content -> {
            assertThat(content.getType()).isEqualTo("html");
            assertThat(content.getValue()).contains("<h2>ردود الفعل</h2>");
        });
        assertThat(entry.getOtherLinks()).extracting(Link::getRel).contains("enclosure");
    }

    @Test
    void theSiteAuthorAndTagFeedsParseInBothFormats() throws Exception {
        assertThat(rss(Permalinks.siteFeed(false)).getItems()).extracting(Item::getTitle).contains("النفط يرتفع بعد قرار أوبك")
                .doesNotContain("مسودة لا تظهر في الخلاصات");
        assertThat(atom(Permalinks.siteFeed(true)).getEntries()).isNotEmpty();
        assertThat(rss(Permalinks.authorFeed(writer, false)).getItems()).hasSize(2);
        assertThat(atom(Permalinks.authorFeed(writer, true)).getEntries()).hasSize(2);
        assertThat(rss(Permalinks.tagFeed(tag, false)).getItems()).extracting(Item::getTitle)
                .containsExactly("النفط يرتفع بعد قرار أوبك");
        assertThat(atom(Permalinks.tagFeed(tag, true)).getEntries()).hasSize(1);
    }

    @Test
    void withSummariesOnlyTheFeedsCarryNoStoryBody() throws Exception {
        fixtures.settings(s -> s.changeDistribution(null, false, null));

        Item item = rss(Permalinks.sectionFeed(economy, false)).getItems().get(1);
        assertThat(item.getContent()).isNull();
        assertThat(item.getDescription().getValue()).isEqualTo("نص الخبر الأول عن الذهب.");
        assertThat(atom(Permalinks.sectionFeed(economy, true)).getEntries().get(0).getContents()).isEmpty();
    }

    @Test
    void pagesOfferTheirFeedsForAutodiscovery() {
        Document section = page(Permalinks.section(economy));
        assertThat(section.select("head link[rel=alternate][type=application/rss+xml]")).extracting(e -> e.attr("href"))
                .contains(base() + Permalinks.siteFeed(false), base() + Permalinks.sectionFeed(economy, false));
        assertThat(section.select("head link[rel=alternate][type=application/atom+xml]")).extracting(e -> e.attr("href"))
                .contains(base() + Permalinks.sectionFeed(economy, true));
        assertThat(page(Permalinks.author(writer)).select("head link[rel=alternate]")).extracting(e -> e.attr("href"))
                .contains(base() + Permalinks.authorFeed(writer, false));
        assertThat(page(Permalinks.tag(tag)).select("head link[rel=alternate]")).extracting(e -> e.attr("href"))
                .contains(base() + Permalinks.tagFeed(tag, true));
    }

    @Test
    void aFeedAlreadyHeldAnswers304() throws Exception {
        HttpResponse<String> first = get(Permalinks.sectionFeed(economy, false));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(conditional(Permalinks.sectionFeed(economy, false), "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(conditional(Permalinks.sectionFeed(economy, false), "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
    }

    @Test
    void anUnknownSectionHasNoFeed() {
        assertThat(get("/no-such-section-" + System.nanoTime() + "/feed").statusCode()).isEqualTo(404);
        assertThat(get("/tag/no-such-tag-" + System.nanoTime() + "/feed/atom").statusCode()).isEqualTo(404);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Channel rss(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rss+xml"));
        return (Channel) new WireFeedInput().build(new StringReader(response.body()));
    }

    private com.rometools.rome.feed.atom.Feed atom(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        return (com.rometools.rome.feed.atom.Feed) new WireFeedInput().build(new StringReader(response.body()));
    }

    private HttpResponse<String> conditional(String path, String header, String value) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
