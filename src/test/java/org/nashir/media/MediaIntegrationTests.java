package org.nashir.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.Permalinks;
import org.springframework.beans.factory.annotation.Autowired;

class MediaIntegrationTests extends IntegrationTest {

    @Autowired
    MediaStorage storage;
    @Autowired
    MediaLibrary library;

    @Test
    void theLibrarySearchFoldsSpellingAsStorySearchDoes() {
        String place = "محطة" + fixtures.unique();
        MediaAsset asset = fixtures.image("مسؤول الطاقة في " + place, "يتفقد الموقع", "رويترز");

        assertThat(library.search("مسئول الطاقه في " + place, 0, 10).getContent()).extracting(MediaAsset::id)
                .containsExactly(asset.id());
        assertThat(library.search("مسؤول الطاقة في " + place, 0, 10).getContent()).hasSize(1);
    }

    @Test
    void servesEveryVariantAsAnImmutableJpegOfItsWidth() throws Exception {
        MediaAsset asset = fixtures.image("صورة", "تعليق", "رويترز");
        assertThat(asset.variantWidths()).containsExactly(320, 640, 960, 1280, 1600);
        for (int width : asset.variantWidths()) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + Permalinks.media(asset, width))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("immutable", "max-age=31536000"));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(image.getHeight()).isEqualTo(asset.heightAt(width));
        }
    }

    @Test
    void answers404ForWidthsAndKeysItNeverMade() {
        MediaAsset asset = fixtures.image("صورة", null, null);
        assertThat(get(Permalinks.media(asset, 333)).statusCode()).isEqualTo(404);
        assertThat(get("/media/" + "0".repeat(32) + "/320.jpg").statusCode()).isEqualTo(404);
        assertThat(get("/media/..%2F..%2Fetc/320.jpg").statusCode()).isIn(400, 404);
    }

    @Test
    void aTwoColourPalettePngKeepsItsColours() throws Exception {
        // a palette of white and a deep red, as a logo or a chart exported with two colours is
        IndexColorModel palette = new IndexColorModel(1, 2,
                new byte[] {(byte) 255, (byte) 200}, new byte[] {(byte) 255, 20}, new byte[] {(byte) 255, 30});
        BufferedImage drawn = new BufferedImage(800, 400, BufferedImage.TYPE_BYTE_BINARY, palette);
        for (int x = 200; x < 600; x++) {
            for (int y = 100; y < 300; y++) {
                drawn.setRGB(x, y, 0xC8141E);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(drawn, "png", png);
        MediaAsset asset = storage.store(png.toByteArray(), new ImageText("شعار بلونين", null, "المصدر: الرواق"));

        assertThat(asset.credit()).as("the page adds «المصدر:» itself").isEqualTo("الرواق");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + Permalinks.media(asset, 320))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        BufferedImage variant = ImageIO.read(new ByteArrayInputStream(response.body()));
        Color corner = new Color(variant.getRGB(5, 5));
        Color middle = new Color(variant.getRGB(160, 80));
        assertThat(corner.getRed() + corner.getGreen() + corner.getBlue()).as("white stays white").isGreaterThan(700);
        assertThat(middle.getRed()).as("red stays red").isGreaterThan(150);
        assertThat(middle.getGreen()).isLessThan(80);
    }

    @Test
    void aFiftyMegapixelPictureIsDecodedAtAFractionOfItsSize() throws Exception {
        // 8,400 × 5,800 pixels, as a high-end camera makes: decoded whole and made RGB it needed about 240 MB at
        // once, which a 256 MB heap refused as «الملف تالف»; storing it allocated 885 MB in all, now under 300 MB
        BufferedImage drawn = new BufferedImage(8400, 5800, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = drawn.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 4200, 5800);
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(4200, 0, 4200, 5800);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(drawn, "png", png);
        drawn = null;

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        MediaAsset asset = storage.store(png.toByteArray(), new ImageText("صورة كبيرة", null, null));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).as("bytes allocated to store it").isLessThan(400L * 1024 * 1024);
        assertThat(asset.width()).isEqualTo(8400);
        assertThat(asset.height()).isEqualTo(5800);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + Permalinks.media(asset, 1920))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        BufferedImage variant = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(variant.getWidth()).isEqualTo(1920);
        assertThat(variant.getHeight()).isEqualTo(asset.heightAt(1920));
        assertThat(new Color(variant.getRGB(100, 600)).getRed()).as("the dark half").isLessThan(100);
        assertThat(new Color(variant.getRGB(1800, 600)).getRed()).as("the light half").isGreaterThan(150);
    }
}
