package org.nashir.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.ArticleRepository;
import org.nashir.article.ArticleStatus;
import org.nashir.article.body.Block;
import org.nashir.article.body.EmbedProvider;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports the export that tools/wordpress/make-export.sh made with WordPress's own exporter, and checks
 * it story by story, block by block, and every old address of it.
 */
class WordPressImportIntegrationTests extends IntegrationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/wordpress/export.xml");
    private static final Path UPLOADS = Path.of("src/test/resources/wordpress/uploads");

    @Autowired
    WordPressImport importer;
    @Autowired
    ArticleRepository articles;
    @Autowired
    MediaLibrary media;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    /** One post of the fixture, read from the export by the test itself. */
    record Post(long id, String title, String link, String name, String status, String date, List<String> categories) {
    }

    @Test
    void importsTheFixtureStoryByStoryKeepsEveryOldAddressAndImportsNothingTwice() throws IOException {
        WordPressReport report = importer.run(FIXTURE, new WordPressImport.MediaSource(UPLOADS, null), (f, i, r) -> { });

        assertThat(report.refusedFile()).isNull();
        assertThat(report.posts()).isEqualTo(8);
        assertThat(report.imported()).isEqualTo(8);
        assertThat(report.failed()).isZero();
        assertThat(report.statuses()).containsExactlyInAnyOrderEntriesOf(
                Map.of("publish", 4L, "draft", 1L, "future", 1L, "pending", 1L, "private", 1L));
        assertThat(report.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of("page", 1L, "event", 1L));
        assertThat(report.images()).isEqualTo(5);
        assertThat(report.missingImages()).isEqualTo(1);
        assertThat(report.problems()).extracting(WordPressReport.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("missing-photo.jpg"))
                .anySatisfy(m -> assertThat(m).contains("«event»"));
        assertThat(report.conversions()).containsKeys("heading", "quote", "list", "image", "embed", "paragraph",
                "جدول ← فقرة", "<video> ← فقرة برابطه", "<script> ← حُذف", "معرض صور ← صور متتالية");

        List<Post> posts = posts();
        Post port = post(posts, "افتتاح الميناء");
        Article portStory = story(port);
        assertThat(portStory.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(portStory.publishedAt()).isEqualTo(Instant.parse("2024-08-19T08:25:00Z"));
        assertThat(portStory.section().name()).isEqualTo("اقتصاد");
        assertThat(otherSections(portStory)).containsExactly("العالم");
        assertThat(portStory.authors()).extracting(a -> a.name()).containsExactly("هدى المنصوري");
        assertThat(portStory.tags()).extracting(t -> t.name()).containsExactlyInAnyOrder("موانئ", "النقل البحري", "البحر الأحمر");
        assertThat(portStory.standfirst()).startsWith("الميناء يستقبل أول سفينة حاويات");
        MediaAsset lead = portStory.leadMedia();
        assertThat(lead.altText()).isEqualTo("رافعات حاويات زرقاء على رصيف الميناء");
        assertThat(lead.caption()).isEqualTo("رافعات الحاويات في الميناء الجديد قبل افتتاحه.");
        assertThat(lead.credit()).isEqualTo("رويترز");

        List<Block> blocks = portStory.body().blocks();
        assertThat(blocks).extracting(Block::type).containsExactly("paragraph", "paragraph", "heading", "list", "image",
                "heading", "quote", "quote", "list", "embed", "paragraph", "paragraph");
        assertThat(((Block.Paragraph) blocks.get(0)).html()).contains("<strong>الميناء التجاري الجديد</strong>");
        assertThat(((Block.Paragraph) blocks.get(1)).html()).contains("<a href=\"https://akhbar.example/2024/08/18/plan/\">");
        assertThat(blocks.get(2)).isEqualTo(new Block.Heading(2, "أرقام المشروع"));
        assertThat(((Block.ListItems) blocks.get(3)).items()).hasSize(3).first().isEqualTo("أحد عشر رصيفاً للحاويات");
        Block.Image inline = (Block.Image) blocks.get(4);
        assertThat(inline.media()).isEqualTo(lead.id());
        assertThat(inline.caption()).isEqualTo("الرافعات الجديدة على الرصيف الشمالي.");
        assertThat(inline.credit()).isEqualTo("رويترز");
        assertThat(blocks.get(5)).isEqualTo(new Block.Heading(3, "ماذا قال المسؤولون"));
        assertThat(blocks.get(6)).isEqualTo(new Block.Quote(
                "هذا الميناء سيختصر زمن وصول البضائع إلى الأسواق الداخلية بيومين على الأقل.", "سامر العلي",
                "مدير هيئة الموانئ", null));
        assertThat(blocks.get(7)).isEqualTo(new Block.Quote("نريد أن نصبح بوابة التجارة في المنطقة.", "وزيرة النقل", null, null));
        assertThat(((Block.ListItems) blocks.get(8)).ordered()).isTrue();
        assertThat(blocks.get(9)).isEqualTo(new Block.Embed(EmbedProvider.YOUTUBE, "https://www.youtube.com/watch?v=aqz-KE-bpKQ", null));
        assertThat(((Block.Paragraph) blocks.get(10)).html()).isEqualTo("الأرصفة | 11<br />الطاقة السنوية | مليونا حاوية");

        Article market = story(post(posts, "أسعار الخضار"));
        List<Block> classic = market.body().blocks();
        assertThat(classic).extracting(Block::type).containsExactly("paragraph", "image", "heading", "paragraph", "quote",
                "embed", "list", "paragraph");
        Block.Image shortcode = (Block.Image) classic.get(1);
        assertThat(shortcode.caption()).isEqualTo("بسطات الخضار صباح الجمعة");
        assertThat(shortcode.credit()).isEqualTo("كريم الزين");
        assertThat(media.find(shortcode.media()).orElseThrow().altText()).isEqualTo("سوق شعبية مزدحمة بالمتسوقين");
        assertThat(((Block.Paragraph) classic.get(3)).html()).contains("<em>مازن درويش</em>").contains("<br");
        assertThat(((Block.Paragraph) classic.get(7)).html()).isEqualTo("جدول الأسعار الكامل يصدر كل أحد.");
        assertThat(market.authors()).extracting(a -> a.name()).containsExactly("كريم الزين");

        Article sport = story(post(posts, "المنتخب يفوز"));
        assertThat(sport.section().name()).isEqualTo("رياضة");
        assertThat(otherSections(sport)).containsExactly("الخليج");
        assertThat(sport.leadMedia().credit()).isNull();
        assertThat(sport.body().blocks()).extracting(Block::type).containsExactly("paragraph", "heading", "paragraph",
                "paragraph", "paragraph", "image", "image", "embed", "paragraph", "paragraph");
        Article train = story(post(posts, "قطار الشحن"));
        assertThat(train.leadMedia().credit()).isEqualTo("وكالة الأنباء الرسمية");
        assertThat(train.leadMedia().caption()).isEqualTo("قطار الشحن يعبر الصحراء في رحلته التجريبية");
        assertThat(train.slug()).isEqualTo("first-freight-train");
        assertThat(train.seoTitle()).isEqualTo("وصول أول قطار شحن إلى الميناء");
        assertThat(train.seoDescription()).startsWith("مئة حاوية");
        // WordPress cut this slug at 200 bytes, mid-word (…-على-ساح); the story's own is cut at a word
        assertThat(portStory.slug()).isEqualTo("افتتاح-الميناء-التجاري-الجديد-على-ساحل");

        assertThat(story(post(posts, "الحافلات الكهربائية")).status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(story(post(posts, "الحافلات الكهربائية")).scheduledAt()).isEqualTo(Instant.parse("2030-01-05T04:00:00Z"));
        assertThat(story(post(posts, "تقرير بانتظار")).status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(story(post(posts, "ملاحظات داخلية")).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(story(post(posts, "مسودة")).status()).isEqualTo(ArticleStatus.DRAFT);

        // every address WordPress gave or could have given a published post leads to its story
        int checked = 0;
        for (Post post : posts) {
            if (!post.status().equals("publish")) {
                assertThat(get("/?p=" + post.id()).statusCode()).as("unpublished ?p=%d", post.id()).isEqualTo(200);
                continue;
            }
            String path = post.link().replaceFirst("^https://akhbar\\.example", "");
            String[] day = post.date().substring(0, 10).split("-");
            for (String old : List.of(path, upperCaseEscapes(path), path + "feed/", path + "amp/", "/?p=" + post.id(),
                    "/index.php?p=" + post.id(),
                    "/" + day[0] + "/" + day[1] + "/" + post.name() + "/", "/" + post.categories().get(0) + "/" + post.name() + "/",
                    "/" + post.name() + "/")) {
                assertThat(leadsTo(old)).as("%s of %s", old, post.title()).isEqualTo(post.title());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(36);
        assertThat(get("/?p=" + post(posts, "مسودة").id()).body()).doesNotContain("مسودة: خطة النقل");

        assertThat(listing("/category/economy/")).isEqualTo("اقتصاد");
        assertThat(listing("/category/world/%d8%a7%d9%84%d8%ae%d9%84%d9%8a%d8%ac/")).isEqualTo("الخليج");
        assertThat(listing("/category/%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D8%AC/page/2/")).isEqualTo("الخليج");
        assertThat(listing("/tag/%d8%a7%d9%84%d9%86%d9%82%d9%84-%d8%a7%d9%84%d8%a8%d8%ad%d8%b1%d9%8a/")).isEqualTo("النقل البحري");
        assertThat(listing("/?tag=%d9%85%d9%88%d8%a7%d9%86%d8%a6")).isEqualTo("موانئ");
        assertThat(listing("/author/huda/")).isEqualTo("هدى المنصوري");
        assertThat(listing("/author/layla-s/")).isEqualTo("ليلى سعادة");
        HttpResponse<String> feed = get("/category/sport/feed/");
        assertThat(feed.statusCode()).isEqualTo(301);
        assertThat(feed.headers().firstValue("Location").orElseThrow()).endsWith("/feed");
        // the attachment page of the lead image, under its post, leads to the story it illustrates
        assertThat(leadsTo(path(posts, "افتتاح الميناء") + "harbour-cranes/")).isEqualTo(port.title());
        // an address never imported: its slash goes like any other's, and what is left is not found
        assertThat(get("/2024/08/19/no-such-post/").headers().firstValue("Location")).hasValue("/2024/08/19/no-such-post");
        assertThat(get("/2024/08/19/no-such-post").statusCode()).isEqualTo(404);

        long stories = articles.count();
        long images = jdbc.queryForObject("select count(*) from media_asset", Long.class);
        Integer addresses = jdbc.queryForObject("select count(*) from legacy_url", Integer.class);
        WordPressReport again = importer.run(FIXTURE, new WordPressImport.MediaSource(UPLOADS, null), (f, i, r) -> { });
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(8);
        assertThat(articles.count()).isEqualTo(stories);
        assertThat(jdbc.queryForObject("select count(*) from media_asset", Long.class)).isEqualTo(images);
        assertThat(jdbc.queryForObject("select count(*) from legacy_url", Integer.class)).isEqualTo(addresses);
    }

    @Test
    void refusesAFileThatIsNotAWordPressExport() throws IOException {
        Path rss = temp.resolve("feed.xml");
        Files.writeString(rss, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>x</title></item></channel></rss>");
        Path json = temp.resolve("export.xml");
        Files.writeString(json, "{\"posts\": []}");

        WordPressReport notWxr = importer.run(rss, WordPressImport.MediaSource.EXPORT_ADDRESSES, (f, i, r) -> { });
        WordPressReport notXml = importer.run(json, WordPressImport.MediaSource.EXPORT_ADDRESSES, (f, i, r) -> { });

        assertThat(notWxr.refusedFile()).contains("ليس ملف تصدير ووردبريس");
        assertThat(notWxr.imported()).isZero();
        assertThat(notXml.refusedFile()).contains("XML");
        assertThat(notXml.imported()).isZero();
    }

    @Test
    void refusesExternalEntitiesAndEntityExpansion() throws IOException {
        String site = "https://xxe" + fixtures.unique() + ".example";
        Path xxe = temp.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + wxr(site, "<item><title>&secret;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>"
                        + "<wp:status>publish</wp:status><content:encoded>&secret;</content:encoded></item>"));
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>\n").append(wxr(site, "<item><title>&lol9;</title><wp:post_id>2</wp:post_id><wp:post_type>post</wp:post_type></item>"));
        Path bomb = temp.resolve("laughs.xml");
        Files.writeString(bomb, laughs);

        for (Path file : List.of(xxe, bomb)) {
            WordPressReport report = importer.run(file, WordPressImport.MediaSource.EXPORT_ADDRESSES, (f, i, r) -> { });
            assertThat(report.refusedFile()).as(file.toString()).contains("DTD");
            assertThat(report.imported()).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from article where source_url like ?", Integer.class, site + "%")).isZero();
    }

    @Test
    void readsNoFileOfTheServersOwnAndAPostWhoseImageIsRefusedComesInWithoutIt() throws IOException {
        String site = "https://local" + fixtures.unique() + ".example";
        Path notAnImage = temp.resolve("uploads").resolve("notes.jpg");
        Files.createDirectories(notAnImage.getParent());
        Files.writeString(notAnImage, "ليس صورة");
        String items = "";
        String[] sources = {"/etc/hostname", "../../../../etc/passwd", "/dev/zero", "notes.jpg"};
        for (int i = 0; i < sources.length; i++) {
            items += "<item><title>منشور بصورة محلية " + i + "</title><link>" + site + "/?p=" + (i + 1) + "</link>"
                    + "<wp:post_id>" + (i + 1) + "</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
                    + "<content:encoded><![CDATA[<p>نص</p><img src=\"" + sources[i] + "\" alt=\"صورة\">]]></content:encoded></item>";
        }
        Path export = temp.resolve("local.xml");
        Files.writeString(export, wxr(site, items), StandardCharsets.UTF_8);

        WordPressReport withoutFolder = importer.run(export, WordPressImport.MediaSource.EXPORT_ADDRESSES, (f, i, r) -> { });
        assertThat(withoutFolder.imported()).as("every post, without its image").isEqualTo(4);
        assertThat(withoutFolder.images()).isZero();
        assertThat(withoutFolder.problems()).extracting(WordPressReport.Problem::message)
                .allSatisfy(m -> assertThat(m).doesNotContain("root:", "تعذرت قراءة"));

        String again = Files.readString(export).replace(site, site + "x");
        Files.writeString(export, again, StandardCharsets.UTF_8);
        WordPressReport withFolder = importer.run(export, new WordPressImport.MediaSource(notAnImage.getParent(), null),
                (f, i, r) -> { });
        assertThat(withFolder.imported()).as("the one file in the folder is no image; the post comes in all the same")
                .isEqualTo(4);
        assertThat(withFolder.images()).isZero();
    }

    @Test
    void importsWhatCameBeforeATruncationAndGoesOnWithoutImagesThatDoNotAnswer() throws IOException {
        String site = "https://cut" + fixtures.unique() + ".example";
        String whole = Files.readString(FIXTURE).replace("https://akhbar.example", site);
        int cut = whole.indexOf("<wp:post_name><![CDATA[first-freight-train");
        Path truncated = temp.resolve("truncated.xml");
        Files.writeString(truncated, whole.substring(0, cut), StandardCharsets.UTF_8);

        // nothing listens on port 9: every image address fails, and the posts come in without them
        WordPressReport report = importer.run(truncated, new WordPressImport.MediaSource(null, "http://127.0.0.1:9/uploads"),
                (f, i, r) -> { });

        assertThat(report.refusedFile()).contains("مقطوع");
        assertThat(report.imported()).isEqualTo(7);
        assertThat(report.images()).isZero();
        assertThat(report.missingImages()).isPositive();
        assertThat(report.problems()).extracting(WordPressReport.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("http://127.0.0.1:9/uploads/2024/08/harbour-cranes.jpg"));
        assertThat(jdbc.queryForObject("select count(*) from article where source_url like ?", Integer.class, site + "%"))
                .isEqualTo(7);
    }

    @Test
    void neverFetchesImagesFromInsideAddressesNorFollowsARedirectThere() throws IOException {
        // 127.0.0.1 is allowed for the tests (nashir.outbound.allowed-hosts); what it redirects to is checked again
        com.sun.net.httpserver.HttpServer old = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        old.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/iam");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        old.start();
        try {
            for (String media : List.of("http://169.254.169.254/latest/meta-data", "http://127.0.0.1:" + old.getAddress().getPort())) {
                String site = "https://inside" + fixtures.unique() + ".example";
                Path file = temp.resolve("inside" + fixtures.unique() + ".xml");
                Files.writeString(file, Files.readString(FIXTURE).replace("https://akhbar.example", site));

                WordPressReport report = importer.run(file, new WordPressImport.MediaSource(null, media), (f, i, r) -> { });

                assertThat(report.imported()).isEqualTo(8);
                assertThat(report.images()).isZero();
                assertThat(report.problems()).extracting(WordPressReport.Problem::message).as(media)
                        .anySatisfy(m -> assertThat(m).contains("169.254.169.254", "شبكة داخلية"));
            }
        } finally {
            old.stop(0);
        }
    }

    private static String wxr(String site, String items) {
        return "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:base_site_url>" + site
                + "</wp:base_site_url>" + items + "</channel></rss>";
    }

    /** Follows one 301 from an old address and answers the headline of the page it leads to. */
    private String leadsTo(String old) {
        HttpResponse<String> moved = get(old);
        assertThat(moved.statusCode()).as("status of %s", old).isEqualTo(301);
        Document page = page(moved.headers().firstValue("Location").orElseThrow());
        return page.selectFirst("h1").text();
    }

    private String listing(String old) {
        return leadsTo(old);
    }

    private Article story(Post post) {
        Long id = jdbc.queryForObject("select id from article where source_url = ?", Long.class,
                "https://akhbar.example/?p=" + post.id());
        return articles.findWithDetails(id).orElseThrow();
    }

    private List<String> otherSections(Article story) {
        return jdbc.queryForList("select s.name from article_section a join section s on s.id = a.section_id where a.article_id = ?",
                String.class, story.id());
    }

    private static Post post(List<Post> posts, String titleStart) {
        return posts.stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static String path(List<Post> posts, String titleStart) {
        return post(posts, titleStart).link().replaceFirst("^https://akhbar\\.example", "");
    }

    private static String upperCaseEscapes(String path) {
        Matcher m = Pattern.compile("%[0-9a-f]{2}").matcher(path);
        return m.replaceAll(r -> r.group().toUpperCase(Locale.ROOT));
    }

    private static List<Post> posts() throws IOException {
        Document xml = Jsoup.parse(Files.readString(FIXTURE), "", Parser.xmlParser());
        List<Post> posts = new ArrayList<>();
        for (Element item : xml.select("item")) {
            if (!item.selectFirst("wp|post_type").text().equals("post")) {
                continue;
            }
            List<String> categories = item.select("category[domain=category]").eachAttr("nicename");
            posts.add(new Post(Long.parseLong(item.selectFirst("wp|post_id").text()), item.selectFirst("title").text(),
                    item.selectFirst("link").text(), item.selectFirst("wp|post_name").text(),
                    item.selectFirst("wp|status").text(), item.selectFirst("wp|post_date").text(), categories));
        }
        return posts;
    }
}
