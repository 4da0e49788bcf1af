package org.nashir.site;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The site's mark (favicon.svg: a doorway in a red square) as the PNG sizes that home screens, tabs and search
 * engines ask for, drawn with Java2D in the same geometry, so that no rasterising library is needed.
 */
final class SiteIcons {

    static final String TOUCH = "/apple-touch-icon.png";
    static final String SMALL = "/icon-192.png";
    static final String LARGE = "/icon-512.png";
    static final String FAVICON = "/favicon.ico";
    static final Color ACCENT = new Color(0xa3161a);
    /** favicon.svg's own square: 88 units. */
    private static final double UNITS = 88;

    private SiteIcons() {
    }

    /** The mark on a square of {@code size} pixels, as PNG bytes. */
    static byte[] png(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / UNITS, size / UNITS);
            g.setColor(ACCENT);
            g.fill(new RoundRectangle2D.Double(0, 0, UNITS, UNITS, 36, 36));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(8, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(doorway(18, 80, 40, 26));
            g.setStroke(new BasicStroke(6));
            g.draw(doorway(32, 80, 44, 12));
            g.fill(new RoundRectangle2D.Double(10, 76, 68, 6, 6, 6));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Up from the ground at {@code left}, round over {@code radius}, down again: favicon.svg's "V, a, V". */
    private static Path2D doorway(double left, double ground, double springing, double radius) {
        Path2D path = new Path2D.Double();
        path.moveTo(left, ground);
        path.lineTo(left, springing);
        path.append(new Arc2D.Double(left, springing - radius, 2 * radius, 2 * radius, 180, -180, Arc2D.OPEN), true);
        path.lineTo(left + 2 * radius, ground);
        return path;
    }
}
