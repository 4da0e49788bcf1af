package org.nashir.site;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the 1200×630 card that social networks show for a story without a lead image: the headline in
 * the bundled Noto Sans Arabic, shaped (joined letter forms, lam-alef) and laid out right to left by
 * Java2D's text engine, under the site's name. Letters the Arabic face lacks (Latin names, for one)
 * fall back to the JDK's sans-serif, run by run.
 */
final class ShareImages {

    static final int WIDTH = SocialCards.SHARE_WIDTH;
    static final int HEIGHT = SocialCards.SHARE_HEIGHT;
    private static final int MARGIN = 80;
    private static final int MAX_LINES = 4;
    private static final float[] HEADLINE_SIZES = {64f, 56f, 48f, 42f};
    private static final Color BACKGROUND = new Color(0x0b3954);
    private static final Color ACCENT = new Color(0xe0a526);
    private static final Font ARABIC = load();

    private ShareImages() {
    }

    static Font arabicFont() {
        return ARABIC;
    }

    /** A story's card: the site's name above, the headline below, as PNG bytes. */
    static byte[] render(String siteName, String headline) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(WIDTH - MARGIN - 120, MARGIN + 110, 120, 8);
            g.setColor(Color.WHITE);
            List<TextLayout> name = lines(siteName, 36f, g.getFontRenderContext(), 1);
            drawRightAligned(g, name, MARGIN);
            List<TextLayout> lines = fit(headline, g.getFontRenderContext());
            float height = 0;
            for (TextLayout line : lines) {
                height += line.getAscent() + line.getDescent() + line.getLeading();
            }
            float top = MARGIN + 140 + Math.max(0, (HEIGHT - MARGIN - 140 - MARGIN - height) / 2);
            drawRightAligned(g, lines, top);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest size at which the headline fits in four lines; at the smallest, the fourth line ends the card. */
    private static List<TextLayout> fit(String text, FontRenderContext frc) {
        List<TextLayout> lines = List.of();
        for (float size : HEADLINE_SIZES) {
            lines = lines(text, size, frc, MAX_LINES + 1);
            if (lines.size() <= MAX_LINES) {
                return lines;
            }
        }
        return lines.subList(0, MAX_LINES);
    }

    private static List<TextLayout> lines(String text, float size, FontRenderContext frc, int limit) {
        List<TextLayout> lines = new ArrayList<>();
        if (text.isBlank()) {
            return lines;
        }
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled(text, size).getIterator(), frc);
        while (measurer.getPosition() < text.length() && lines.size() < limit) {
            lines.add(measurer.nextLayout(WIDTH - 2f * MARGIN));
        }
        return lines;
    }

    private static AttributedString styled(String text, float size) {
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
        Font arabic = ARABIC.deriveFont(size);
        Font fallback = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size));
        int start = 0;
        while (start < text.length()) {
            boolean covered = arabic.canDisplay(text.codePointAt(start));
            int end = start;
            while (end < text.length() && arabic.canDisplay(text.codePointAt(end)) == covered) {
                end += Character.charCount(text.codePointAt(end));
            }
            styled.addAttribute(TextAttribute.FONT, covered ? arabic : fallback, start, end);
            start = end;
        }
        return styled;
    }

    private static void drawRightAligned(Graphics2D g, List<TextLayout> lines, float top) {
        float y = top;
        for (TextLayout line : lines) {
            y += line.getAscent();
            line.draw(g, WIDTH - MARGIN - line.getAdvance(), y);
            y += line.getDescent() + line.getLeading() + 12;
        }
    }

    private static Font load() {
        try (InputStream in = ShareImages.class.getResourceAsStream("/fonts/NotoSansArabic-Bold.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the bundled font /fonts/NotoSansArabic-Bold.ttf is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the bundled Arabic font cannot be read", e);
        }
    }
}
