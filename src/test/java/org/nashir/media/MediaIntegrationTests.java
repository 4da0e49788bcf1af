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
}
