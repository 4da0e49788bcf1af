package org.nashir.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.Permalinks;

class MediaIntegrationTests extends IntegrationTest {

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
}
