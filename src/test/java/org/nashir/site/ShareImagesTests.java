package org.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The generated share card: Arabic joined and shaped by the bundled face, set from the right edge. */
class ShareImagesTests {

    @Test
    void theBundledFaceCoversArabicAndShapesLettersIntoJoinedForms() {
        Font font = ShareImages.arabicFont().deriveFont(48f);
        String word = "محمد";
        FontRenderContext frc = new FontRenderContext(null, true, true);
        GlyphVector shaped = font.layoutGlyphVector(frc, word.toCharArray(), 0, word.length(), Font.LAYOUT_RIGHT_TO_LEFT);
        GlyphVector isolated = font.createGlyphVector(frc, word);

        assertThat(font.canDisplayUpTo("البنك المركزي يبقي أسعار الفائدة دون تغيير")).isEqualTo(-1);
        assertThat(shaped.getGlyphCodes(0, shaped.getNumGlyphs(), null))
                .as("initial, medial and final forms differ from the isolated letters")
                .isNotEqualTo(isolated.getGlyphCodes(0, isolated.getNumGlyphs(), null));
    }

    @Test
    void aShortHeadlineIsSetAgainstTheRightMargin() throws IOException {
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(ShareImages.render("ناشر", "خبر قصير")));

        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        int[] ink = inkColumns(card, 250, 600);
        assertThat(ink[1]).as("rightmost ink of the headline").isBetween(1200 - 80 - 10, 1200 - 80 + 2);
        assertThat(ink[0]).as("leftmost ink of the headline").isGreaterThan(600);
    }

    @Test
    void aLongHeadlineWithLatinWordsWrapsWithinTheCardAndKeepsItsMargins() throws IOException {
        String headline = "وزير الخارجية يلتقي نظيره في Geneva لبحث اتفاق التجارة الحرة وملفات الطاقة والمياه والحدود المشتركة "
                + "بعد سنوات من الجمود في العلاقات بين البلدين الجارين";
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(ShareImages.render("ناشر", headline)));

        int[] ink = inkColumns(card, 230, 630);
        assertThat(ink[0]).isGreaterThanOrEqualTo(80 - 2);
        assertThat(ink[1]).isLessThanOrEqualTo(1200 - 80 + 2);
    }

    /** The leftmost and rightmost columns with white-ish text pixels between two rows. */
    private static int[] inkColumns(BufferedImage image, int fromRow, int toRow) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) > 200 && (rgb & 0xff) > 200) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }
}
