package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.body.Block;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaLibrary;
import org.nashir.security.Role;
import org.nashir.shared.NashirProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MediaLibraryIntegrationTests extends IntegrationTest {

    @Autowired
    MediaLibrary media;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NashirProperties properties;

    private StaffSession reporter() {
        StaffSession session = StaffSession.signedIn(port, fixtures.staff(Role.REPORTER).username(), Fixtures.PASSWORD);
        session.get("/admin/media");
        return session;
    }

    private MediaAsset newest() {
        return media.newest(1).get(0);
    }

    @Test
    void uploadsAnImageWithItsWordsAndStripsItsMetadataFromEveryVariant() throws IOException {
        StaffSession session = reporter();
        byte[] withGps = withExif(image("jpg", 1200, 800));
        HttpResponse<String> response = session.upload("/admin/media",
                Map.of("altText", "صورة من الميدان", "caption", "تعليق الصورة", "credit", "أ ف ب"), "field.jpg", withGps);
        assertThat(response.statusCode()).isEqualTo(302);

        MediaAsset asset = newest();
        assertThat(asset.altText()).isEqualTo("صورة من الميدان");
        assertThat(asset.credit()).isEqualTo("أ ف ب");
        assertThat(asset.variantWidths()).containsExactly(320, 640, 960, 1200);
        for (int width : asset.variantWidths()) {
            byte[] variant = Files.readAllBytes(properties.dataDir().resolve("media/variants/" + asset.fileKey() + "/" + width + ".jpg"));
            assertThat(new String(variant, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPS-SECRET");
        }
        assertThat(session.page("/admin/media").select("datalist#credits option").eachAttr("value")).contains("أ ف ب");
    }

    @Test
    void acceptsPngAndGifWhateverTheirNames() {
        StaffSession session = reporter();
        assertThat(session.upload("/admin/media", Map.of("altText", "رسم"), "no-extension", image("png", 400, 300))
                .statusCode()).isEqualTo(302);
        assertThat(newest().mimeType()).isEqualTo("image/png");
        assertThat(session.upload("/admin/media", Map.of("altText", "رسم متحرك"), "anim.png", image("gif", 300, 200))
                .statusCode()).isEqualTo(302);
        assertThat(newest().mimeType()).isEqualTo("image/gif");
    }

    @Test
    void refusesWhatIsNotASafeImageAndStoresNothing() throws IOException {
        StaffSession session = reporter();
        long before = jdbc.queryForObject("select count(*) from media_asset", Long.class);
        long files = fileCount();
        Map<String, byte[]> hostile = Map.of(
                "notes.jpg", "هذا ملف نصي وليس صورة".getBytes(StandardCharsets.UTF_8),
                "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                "remote.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"http://example.org/x.png\"/></svg>".getBytes(StandardCharsets.UTF_8),
                "bomb.png", pngDeclaring(100_000, 100_000),
                "big.jpg", new byte[1_500_000],
                "truncated.jpg", java.util.Arrays.copyOf(image("jpg", 800, 600), 200));
        Map<String, String> expected = Map.of(
                "notes.jpg", "ليس صورة", "logo.svg", "شيفرة برمجية", "remote.svg", "موارد خارجية",
                "bomb.png", "ميغابكسل", "big.jpg", "أكبر من الحد المسموح", "truncated.jpg", "تعذّرت قراءة الصورة");
        for (var file : hostile.entrySet()) {
            HttpResponse<String> response = session.upload("/admin/media", Map.of("altText", "وصف"), file.getKey(), file.getValue());
            assertThat(response.statusCode()).as(file.getKey()).isEqualTo(400);
            assertThat(response.body()).as(file.getKey()).contains(expected.get(file.getKey()));
        }
        HttpResponse<String> tooBig = session.upload("/admin/media", Map.of("altText", "وصف"), "huge.jpg", new byte[2_500_000]);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("الملف كبير جداً");
        HttpResponse<String> noAlt = session.upload("/admin/media", Map.of("altText", " "), "ok.png", image("png", 100, 100));
        assertThat(noAlt.body()).contains("النص البديل مطلوب");

        assertThat(jdbc.queryForObject("select count(*) from media_asset", Long.class)).isEqualTo(before);
        assertThat(fileCount()).isEqualTo(files);
    }

    @Test
    void contributorsCannotUpload() {
        StaffSession contributor = StaffSession.signedIn(port, fixtures.staff(Role.CONTRIBUTOR).username(), Fixtures.PASSWORD);
        Document library = contributor.page("/admin/media");
        assertThat(library.select("input[type=file]")).isEmpty();
        assertThat(contributor.upload("/admin/media", Map.of("altText", "وصف"), "a.png", image("png", 100, 100)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aReporterDescribesOnlyTheirOwnImageAndOnlyUntilAPublishedStoryUsesIt() {
        StaffSession uploader = reporter();
        assertThat(uploader.upload("/admin/media", Map.of("altText", "صورتي", "credit", "رويترز"), "mine.png",
                image("png", 400, 300)).statusCode()).isEqualTo(302);
        MediaAsset mine = newest();
        Map<String, String> words = Map.of("altText", "وصف جديد", "caption", "", "credit", "رويترز");
        uploader.page("/admin/media/" + mine.id());
        assertThat(uploader.post("/admin/media/" + mine.id(), words.entrySet().stream().toList()).statusCode()).isEqualTo(302);

        StaffSession another = reporter();
        another.page("/admin/media/" + mine.id());
        assertThat(another.post("/admin/media/" + mine.id(), words.entrySet().stream().toList()).statusCode()).isEqualTo(403);

        fixtures.article(fixtures.section("قسم " + Fixtures.unique())).lead(media.find(mine.id()).orElseThrow()).save();
        uploader.page("/admin/media/" + mine.id());
        HttpResponse<String> published = uploader.post("/admin/media/" + mine.id(), Map.of("altText", "وصف يراه كل القراء",
                "credit", "رويترز").entrySet().stream().toList());
        assertThat(published.statusCode()).isEqualTo(403);
        assertThat(published.body()).contains("الصورة في خبر منشور");
        assertThat(media.find(mine.id()).orElseThrow().altText()).isEqualTo("وصف جديد");
    }

    @Test
    void editsTheWordsOfAnImageAndShowsWhereItIsUsed() {
        MediaAsset asset = fixtures.image("وصف قديم", null, null);
        var section = fixtures.section("قسم الصور");
        fixtures.article(section).headline("خبر يستخدم الصورة في متنه").body(new Block.Image(asset.id(), null, null)).save();
        fixtures.article(section).headline("خبر بصورة رئيسية").lead(asset).save();
        StaffSession editor = StaffSession.signedIn(port, fixtures.staff(Role.EDITOR).username(), Fixtures.PASSWORD);

        Document page = editor.page("/admin/media/" + asset.id());
        assertThat(page.select("aside li a").eachText()).containsExactlyInAnyOrder("خبر يستخدم الصورة في متنه", "خبر بصورة رئيسية");
        HttpResponse<String> saved = editor.submit(page, "form[action='/admin/media/" + asset.id() + "']",
                Map.of("altText", "وصف جديد", "caption", "تعليق جديد", "credit", "رويترز"), "save");
        assertThat(saved.statusCode()).isEqualTo(302);
        MediaAsset updated = media.find(asset.id()).orElseThrow();
        assertThat(updated.altText()).isEqualTo("وصف جديد");
        assertThat(updated.credit()).isEqualTo("رويترز");
    }

    private long fileCount() throws IOException {
        Path root = properties.dataDir().resolve("media");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG carrying an Exif block with a marker string standing in for GPS coordinates. */
    private static byte[] withExif(byte[] jpeg) {
        byte[] payload = "Exif\0\0MM\0*\0\0\0\bGPS-SECRET 24.7136N 46.6753E".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + payload.length + 4);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A tiny PNG whose header declares an enormous image: a decompression bomb's opening move. */
    private static byte[] pngDeclaring(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
