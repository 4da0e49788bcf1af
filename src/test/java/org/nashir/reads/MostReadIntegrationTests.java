package org.nashir.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.TestHttp;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.Permalinks;
import org.nashir.cache.PageCache;
import org.nashir.section.Section;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.nashir.shared.SurrogateKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Readings counted by the site: readers once each, robots never, summed in the database and shown as «الأكثر قراءة». */
class MostReadIntegrationTests extends IntegrationTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36";
    private static final String TABLET = "Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/604.1";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    @Autowired
    ReadCounter counter;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ArticleDesk desk;
    @Autowired
    Clock clock;
    @Autowired
    ReadsProperties properties;
    @Autowired
    PageCache pages;

    private Section section;
    private Article favourite;
    private Article other;

    @BeforeEach
    void stories() {
        counter.flush();
        jdbc.update("delete from story_read");
        section = fixtures.section("منوعات القراءة");
        favourite = fixtures.article(section).headline("الخبر الذي قرأه الجميع " + Fixtures.unique()).save();
        other = fixtures.article(section).headline("خبر قرأه واحد " + Fixtures.unique()).save();
    }

    @Test
    void eachReaderCountsOnceARobotNeverAndTheMostReadLeadTheListsOfHomeSectionAndStoryPages() {
        for (String reader : List.of(FIREFOX, PHONE, TABLET, FIREFOX, PHONE)) {
            assertThat(read(favourite, reader).statusCode()).isEqualTo(204);
        }
        read(favourite, GOOGLEBOT);
        read(favourite, "curl/8.5.0");
        read(favourite, "");
        read(other, FIREFOX);

        counter.flush();
        // what the pages' own lifetime (a minute) does on a site
        pages.purge(Set.of(SurrogateKeys.SITE));

        assertThat(reads(favourite)).isEqualTo(3);
        assertThat(reads(other)).isEqualTo(1);
        for (String path : List.of("/", Permalinks.section(section), Permalinks.article(other))) {
            Document page = page(path);
            assertThat(page.select(".most-read__list").first().select("a").eachAttr("href")).as(path)
                    .containsExactly(Permalinks.article(favourite), Permalinks.article(other));
        }
        assertThat(page(Permalinks.article(favourite)).selectFirst("[data-read]").attr("data-read"))
                .isEqualTo("/reads/" + favourite.id());
    }

    @Test
    void twoNodesCountingTheSameStoryInTheSameHourAddToOneRow() {
        ReadCounter otherNode = new ReadCounter(jdbc, clock, properties);
        read(favourite, FIREFOX);
        otherNode.count(favourite.id(), "10.0.0.2", PHONE);
        otherNode.count(favourite.id(), "10.0.0.3", PHONE);

        otherNode.flush();
        counter.flush();

        assertThat(jdbc.queryForObject("select count(*) from story_read where article_id = ?", Long.class, favourite.id()))
                .isEqualTo(1);
        assertThat(reads(favourite)).isEqualTo(3);
    }

    @Test
    void aDraftOrAnUnknownStoryIsNotCountedAndAStoryUnpublishedLeavesTheLists() {
        Article draft = fixtures.article(section).headline("مسودة لا تقرأ").draft().save();
        read(draft, FIREFOX);
        assertThat(post("/reads/999999999", FIREFOX).statusCode()).isEqualTo(204);
        read(favourite, FIREFOX);
        counter.flush();
        pages.purge(Set.of(SurrogateKeys.SITE));
        assertThat(reads(draft)).isZero();
        assertThat(page("/").select(".most-read__list a").eachAttr("href")).contains(Permalinks.article(favourite));

        desk.unpublish(Actor.of(fixtures.staff(Role.EDITOR)), favourite.id());

        assertThat(page("/").select(".most-read__list a").eachAttr("href")).doesNotContain(Permalinks.article(favourite));
    }

    @Test
    void editorsWatchWhatIsReadNowAndReportersMayNot() {
        read(favourite, FIREFOX);
        read(favourite, PHONE);
        read(other, FIREFOX);
        counter.flush();

        Document now = as(Role.EDITOR).page("/admin/reads");
        assertThat(now.select("tbody tr").first().select("td").eachText())
                .containsExactly("1", favourite.headline(), "2", "2");
        assertThat(as(Role.REPORTER).get("/admin/reads").statusCode()).isEqualTo(403);
    }

    @Test
    void oldCountsAreDroppedAfterTheirKeepingTime() {
        jdbc.update("insert into story_read (article_id, read_hour, reads) values (?, ?, 7)", favourite.id(),
                java.sql.Timestamp.from(Instant.now().minus(properties.keep()).minusSeconds(3600)));
        read(favourite, FIREFOX);
        counter.flush();

        counter.prune();

        assertThat(reads(favourite)).isEqualTo(1);
    }

    private long reads(Article story) {
        return jdbc.queryForObject("select coalesce(sum(reads), 0) from story_read where article_id = ?", Long.class, story.id());
    }

    private HttpResponse<String> read(Article story, String userAgent) {
        return post(Permalinks.reading(story.id()), userAgent);
    }

    private HttpResponse<String> post(String path, String userAgent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (!userAgent.isEmpty()) {
            request.header("User-Agent", userAgent);
        }
        return TestHttp.send(request);
    }
}
