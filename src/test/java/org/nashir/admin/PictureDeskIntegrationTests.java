package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.Article;
import org.nashir.article.Stories;
import org.nashir.article.body.Block;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaLibrary;
import org.nashir.security.Role;
import org.nashir.shared.NashirProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The picture desk over HTTP: filters, uploads for the script, crop and focal point, replacing and deleting. */
class PictureDeskIntegrationTests extends IntegrationTest {

    @Autowired
    MediaLibrary media;
    @Autowired
    Stories stories;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NashirProperties properties;

    private StaffSession signedIn(Role role) {
        StaffSession session = StaffSession.signedIn(port, fixtures.staff(role).username(), Fixtures.PASSWORD);
        session.get("/admin/media");
        return session;
    }

    private MediaAsset uploaded(StaffSession session, byte[] picture) {
        HttpResponse<String> response = session.upload("/admin/media", Map.of("altText", "صورة " + Fixtures.unique()),
                "picture.png", picture);
        assertThat(response.statusCode()).isEqualTo(302);
        return media.newest(1).get(0);
    }

    @Test
    void aCropShapesEveryVariantAndACardIsCutAroundTheFocalPoint() throws IOException {
        StaffSession editor = signedIn(Role.EDITOR);
        // a portrait: red on top, blue below; a card is wider than it, so it shows the half the focal point is in
        MediaAsset asset = uploaded(editor, halves(900, 1600, false));
        String before = asset.fileKey();

        editor.page("/admin/media/" + asset.id());
        assertThat(editor.post("/admin/media/" + asset.id() + "/frame", fields("x", "0", "y", "0", "width", "100",
                "height", "100", "focusX", "50", "focusY", "95")).statusCode()).isEqualTo(302);
        MediaAsset bottom = media.find(asset.id()).orElseThrow();
        assertThat(bottom.fileKey()).isNotEqualTo(before);
        assertThat(centre(variant(bottom, "wide-320"))).isEqualTo("blue");
        assertThat(size(variant(bottom, "wide-320"))).isEqualTo(List.of(320, 180));

        editor.page("/admin/media/" + asset.id());
        assertThat(editor.post("/admin/media/" + asset.id() + "/frame", fields("x", "0", "y", "0", "width", "100",
                "height", "100", "focusX", "50", "focusY", "5")).statusCode()).isEqualTo(302);
        assertThat(centre(variant(media.find(asset.id()).orElseThrow(), "wide-320"))).isEqualTo("red");

        // keeping the lower half (typed with Arabic-Indic digits) leaves no red in any variant, and the image is its size
        editor.page("/admin/media/" + asset.id());
        assertThat(editor.post("/admin/media/" + asset.id() + "/frame", fields("x", "٠", "y", "٥٠", "width", "١٠٠",
                "height", "٥٠", "focusX", "50", "focusY", "50")).statusCode()).isEqualTo(302);
        MediaAsset cropped = media.find(asset.id()).orElseThrow();
        assertThat(List.of(cropped.width(), cropped.height())).isEqualTo(List.of(900, 800));
        for (int width : cropped.variantWidths()) {
            BufferedImage picture = ImageIO.read(variant(cropped, String.valueOf(width)).toFile());
            assertThat(colour(picture.getRGB(width / 2, 2))).as("top of %s", width).isEqualTo("blue");
        }
        Document page = editor.page("/admin/media/" + asset.id());
        assertThat(page.select("#crop-y").val()).isEqualTo("50");
        assertThat(page.select(".frame__card").attr("src")).contains(cropped.fileKey() + "/wide-");
        // the crop tool still draws on the whole picture
        HttpResponse<String> whole = editor.get("/admin/media/" + asset.id() + "/whole.jpg");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void refusesACropOutsideThePictureInArabic() {
        StaffSession editor = signedIn(Role.EDITOR);
        MediaAsset asset = fixtures.image("صورة", null, null);
        editor.page("/admin/media/" + asset.id());
        HttpResponse<String> refused = editor.post("/admin/media/" + asset.id() + "/frame", fields("x", "90", "y", "0",
                "width", "50", "height", "100", "focusX", "50", "focusY", "50"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("القص أو نقطة التركيز خارج الصورة");
        editor.page("/admin/media/" + asset.id());
        assertThat(editor.post("/admin/media/" + asset.id() + "/frame", fields("x", "abc")).statusCode()).isEqualTo(400);
        assertThat(media.find(asset.id()).orElseThrow().fileKey()).isEqualTo(asset.fileKey());
    }

    @Test
    void aCardCutIsDrawnOnFirstRequestForAnImageStoredWithoutOne() throws IOException {
        MediaAsset asset = fixtures.image("صورة قديمة", null, null);
        Path cut = variant(asset, "wide-640");
        Files.delete(cut);
        HttpResponse<String> served = get("/media/" + asset.fileKey() + "/wide-640.jpg");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(size(cut)).isEqualTo(List.of(640, 360));
        assertThat(get("/media/" + asset.fileKey() + "/wide-641.jpg").statusCode()).isEqualTo(404);
        assertThat(get("/media/" + "0".repeat(32) + "/wide-640.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void aReplacedFileShowsEverywhereTheImageIsUsedWithItsWordsKept() throws IOException {
        StaffSession editor = signedIn(Role.EDITOR);
        MediaAsset asset = fixtures.image("صورة الخبر", "تعليق باق", "رويترز");
        Article story = fixtures.article(fixtures.section("قسم " + Fixtures.unique())).lead(asset).save();
        String old = asset.fileKey();
        assertThat(get(org.nashir.article.Permalinks.article(story)).body()).contains(old);

        editor.page("/admin/media/" + asset.id());
        HttpResponse<String> replaced = editor.upload("/admin/media/" + asset.id() + "/replace", Map.of(), "new.png",
                halves(1200, 800, true));
        assertThat(replaced.statusCode()).isEqualTo(302);
        MediaAsset now = media.find(asset.id()).orElseThrow();
        assertThat(now.fileKey()).isNotEqualTo(old);
        assertThat(List.of(now.width(), now.height(), now.altText(), now.caption()))
                .isEqualTo(List.of(1200, 800, "صورة الخبر", "تعليق باق"));
        String page = get(org.nashir.article.Permalinks.article(story)).body();
        assertThat(page).contains(now.fileKey()).doesNotContain(old);
        assertThat(size(variant(now, "640"))).isEqualTo(List.of(640, 427));

        editor.page("/admin/media/" + asset.id());
        HttpResponse<String> notAnImage = editor.upload("/admin/media/" + asset.id() + "/replace", Map.of(), "x.png",
                "ليست صورة".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notAnImage.statusCode()).isEqualTo(400);
        assertThat(notAnImage.body()).contains("ليس صورة");
        assertThat(media.find(asset.id()).orElseThrow().fileKey()).isEqualTo(now.fileKey());
    }

    @Test
    void deletesAnUnusedImageAtOnceAndAsksFirstForOneInUse() {
        StaffSession editor = signedIn(Role.EDITOR);
        MediaAsset unused = fixtures.image("صورة لا يستخدمها أحد", null, null);
        editor.page("/admin/media/" + unused.id());
        assertThat(editor.post("/admin/media/" + unused.id() + "/delete", List.of()).statusCode()).isEqualTo(302);
        assertThat(media.find(unused.id())).isEmpty();

        MediaAsset used = fixtures.image("صورة مستخدمة", null, null);
        var section = fixtures.section("قسم " + Fixtures.unique());
        Article inBody = fixtures.article(section).headline("خبر في متنه الصورة")
                .body(new Block.Paragraph("فقرة قبل الصورة"), new Block.Image(used.id(), null, null)).save();
        Article asLead = fixtures.article(section).headline("خبر صورته الرئيسية هي").lead(used).save();
        var author = fixtures.author("كاتب بصورة", null, null);
        jdbc.update("update author set photo_id = ? where id = ?", used.id(), author.id());

        editor.page("/admin/media/" + used.id());
        HttpResponse<String> asked = editor.post("/admin/media/" + used.id() + "/delete", List.of());
        assertThat(asked.statusCode()).isEqualTo(409);
        Document question = org.jsoup.Jsoup.parse(asked.body());
        assertThat(question.select(".panel--warning li").eachText()).contains("خبر في متنه الصورة", "خبر صورته الرئيسية هي",
                "صورة الكاتب " + author.name());
        assertThat(media.find(used.id())).isPresent();

        HttpResponse<String> confirmed = editor.submit(question, ".panel--warning form", Map.of(), "");
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(media.find(used.id())).isEmpty();
        assertThat(stories.find(inBody.id()).orElseThrow().body().blocks()).hasSize(1);
        assertThat(jdbc.queryForObject("select lead_media_id from article where id = ?", Long.class, asLead.id())).isNull();
        assertThat(jdbc.queryForObject("select photo_id from author where id = ?", Long.class, author.id())).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where article_id in (?, ?) and action = 'IMAGE_REMOVED'",
                Long.class, inBody.id(), asLead.id())).isEqualTo(2);
        assertThat(get(org.nashir.article.Permalinks.article(inBody)).body()).contains("فقرة قبل الصورة");
    }

    @Test
    void aReporterDeletesOnlyTheirOwnImageWhileNoStoryUsesIt() {
        StaffSession reporter = signedIn(Role.REPORTER);
        MediaAsset theirs = fixtures.image("صورة غيره", null, null);
        reporter.page("/admin/media/" + theirs.id());
        assertThat(reporter.post("/admin/media/" + theirs.id() + "/delete", List.of(Map.entry("confirm", "1")))
                .statusCode()).isEqualTo(403);

        MediaAsset mine = uploaded(reporter, Fixtures.png(400, 300));
        fixtures.article(fixtures.section("قسم " + Fixtures.unique())).body(new Block.Image(mine.id(), null, null)).draft().save();
        reporter.page("/admin/media/" + mine.id());
        HttpResponse<String> inAStory = reporter.post("/admin/media/" + mine.id() + "/delete", List.of(Map.entry("confirm", "1")));
        assertThat(inAStory.statusCode()).isEqualTo(403);
        assertThat(inAStory.body()).contains("يحذفها منها المحررون فقط");
        assertThat(media.find(mine.id())).isPresent();

        MediaAsset spare = uploaded(reporter, Fixtures.png(300, 200));
        reporter.page("/admin/media/" + spare.id());
        assertThat(reporter.post("/admin/media/" + spare.id() + "/delete", List.of()).statusCode()).isEqualTo(302);
        assertThat(media.find(spare.id())).isEmpty();
    }

    @Test
    void theLibraryIsFilteredByUseUploaderAndDate() {
        StaffSession reporter = signedIn(Role.REPORTER);
        String word = "مرفأ" + Fixtures.unique();
        reporter.upload("/admin/media", Map.of("altText", word + " غير مستخدمة"), "a.png", Fixtures.png(200, 100));
        MediaAsset spare = media.newest(1).get(0);
        reporter.upload("/admin/media", Map.of("altText", word + " في مسودة"), "b.png", Fixtures.png(200, 100));
        MediaAsset inDraft = media.newest(1).get(0);
        fixtures.article(fixtures.section("قسم " + Fixtures.unique())).body(new Block.Image(inDraft.id(), null, null)).draft().save();
        MediaAsset old = fixtures.image(word + " قديمة", null, null);
        jdbc.update("update media_asset set created_at = ? where id = ?", Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)),
                old.id());

        assertThat(alts(reporter, "q=" + word)).containsExactly(word + " قديمة", word + " في مسودة", word + " غير مستخدمة");
        assertThat(alts(reporter, "q=" + word + "&used=used")).containsExactly(word + " في مسودة");
        assertThat(alts(reporter, "q=" + word + "&used=unused")).containsExactly(word + " قديمة", word + " غير مستخدمة");
        assertThat(alts(reporter, "q=" + word + "&by=me")).containsExactly(word + " في مسودة", word + " غير مستخدمة");
        assertThat(alts(reporter, "q=" + word + "&used=unused&by=me&since=month")).containsExactly(word + " غير مستخدمة");
        assertThat(alts(reporter, "q=" + word + "&since=week")).doesNotContain(word + " قديمة");
        assertThat(reporter.page("/admin/media?q=" + word + "&used=nonsense&since=%3Cb%3E").select(".media-grid img")).hasSize(3);

        StaffSession editor = signedIn(Role.EDITOR);
        Document library = editor.page("/admin/media?q=" + word);
        String reporterId = library.select("#by option").stream().filter(o -> o.text().startsWith("موظف"))
                .map(o -> o.attr("value")).filter(v -> !v.isEmpty() && !v.equals("me")).findFirst().orElseThrow();
        assertThat(reporterId).matches("\\d+");
        assertThat(spare.uploadedBy()).isNotNull();
        assertThat(alts(editor, "q=" + word + "&by=" + spare.uploadedBy())).hasSize(2);
    }

    @Test
    void theDesksScriptUploadsOneFileAtATimeAndIsAnsweredInJson() {
        StaffSession reporter = signedIn(Role.REPORTER);
        HttpResponse<String> created = reporter.uploadForScript("/admin/media", Map.of("altText", "صورة أُفلتت"), "drop.png",
                Fixtures.png(640, 480));
        assertThat(created.statusCode()).isEqualTo(201);
        MediaAsset asset = media.newest(1).get(0);
        assertThat(created.body()).contains("\"id\":" + asset.id(), "/admin/media/" + asset.id());

        HttpResponse<String> noAlt = reporter.uploadForScript("/admin/media", Map.of("altText", ""), "drop.png",
                Fixtures.png(640, 480));
        assertThat(noAlt.statusCode()).isEqualTo(400);
        assertThat(noAlt.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(noAlt.body()).contains("النص البديل مطلوب");

        StaffSession contributor = signedIn(Role.CONTRIBUTOR);
        assertThat(contributor.uploadForScript("/admin/media", Map.of("altText", "وصف"), "drop.png", Fixtures.png(64, 64))
                .statusCode()).isEqualTo(403);
    }

    private List<String> alts(StaffSession session, String query) {
        return session.page("/admin/media?" + query).select(".media-grid img").eachAttr("alt");
    }

    private static List<Map.Entry<String, String>> fields(String... pairs) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return fields;
    }

    private Path variant(MediaAsset asset, String name) {
        return properties.dataDir().resolve("media/variants/" + asset.fileKey() + "/" + name + ".jpg");
    }

    private static String centre(Path file) throws IOException {
        BufferedImage picture = ImageIO.read(file.toFile());
        return colour(picture.getRGB(picture.getWidth() / 2, picture.getHeight() / 2));
    }

    /** Red or blue as JPEG keeps them: near, not exact. */
    private static String colour(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60 ? "red" : c.getBlue() > 200 && c.getRed() < 60 ? "blue" : c.toString();
    }

    private static List<Integer> size(Path file) throws IOException {
        BufferedImage picture = ImageIO.read(file.toFile());
        return List.of(picture.getWidth(), picture.getHeight());
    }

    /** A PNG in two flat halves: red and blue, one above the other, or side by side. */
    private static byte[] halves(int width, int height, boolean sideBySide) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        if (sideBySide) {
            g.fillRect(width / 2, 0, width - width / 2, height);
        } else {
            g.fillRect(0, height / 2, width, height - height / 2);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }
}
