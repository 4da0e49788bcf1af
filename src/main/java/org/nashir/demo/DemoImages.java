package org.nashir.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Paints the demo site's illustrations: flat, geometric scenes drawn in code, so every image of the
 * demo is our own. Deterministic for a given motif and seed.
 */
final class DemoImages {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    private static final Map<String, Color[]> PALETTES = Map.of(
            "ocean", colors(0x0b3954, 0x087e8b, 0xbfd7ea, 0xff5a5f, 0xf4f1ec),
            "gold", colors(0x3d2c08, 0xc89f3c, 0xf3d98b, 0x8c1c13, 0xfff8e7),
            "grass", colors(0x1b4332, 0x2d6a4f, 0x95d5b2, 0xffd166, 0xf1faee),
            "dusk", colors(0x2b2d42, 0x8d5a97, 0xe0c3fc, 0xef8354, 0xfaf3dd),
            "circuit", colors(0x0d1b2a, 0x1b998b, 0x7fdeff, 0xf46036, 0xe0fbfc),
            "mint", colors(0x114b5f, 0x1a936f, 0x88d498, 0xc6dabf, 0xf3e9d2));

    private DemoImages() {
    }

    static byte[] jpeg(String motif, String palette, long seed) {
        return encode(paint(motif, PALETTES.getOrDefault(palette, PALETTES.get("ocean")), seed, WIDTH, HEIGHT));
    }

    static byte[] portrait(String palette, long seed) {
        Color[] c = PALETTES.getOrDefault(palette, PALETTES.get("dusk"));
        BufferedImage image = new BufferedImage(640, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setPaint(new GradientPaint(0, 0, c[1], 640, 640, c[0]));
        g.fillRect(0, 0, 640, 640);
        Random random = new Random(seed);
        g.setColor(withAlpha(c[2], 90));
        for (int r = 560; r > 100; r -= 90 + random.nextInt(40)) {
            g.fill(new Ellipse2D.Double(320 - r / 2.0, 320 - r / 2.0, r, r));
        }
        g.setColor(c[4]);
        g.fill(new Ellipse2D.Double(230, 150, 180, 200));
        g.fill(new Ellipse2D.Double(130, 380, 380, 360));
        g.dispose();
        return encode(image);
    }

    private static BufferedImage paint(String motif, Color[] c, long seed, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, c[0], 0, h, c[1]));
        g.fillRect(0, 0, w, h);
        switch (motif) {
            case "mountains", "rails" -> mountains(g, c, random, w, h);
            case "waves" -> waves(g, c, random, w, h);
            case "harbor", "grid" -> containers(g, c, random, w, h);
            case "chart" -> chart(g, c, random, w, h);
            case "sun", "heat" -> sun(g, c, random, w, h);
            case "pitch", "court" -> pitch(g, c, w, h);
            case "road" -> road(g, c, w, h);
            case "books" -> books(g, c, random, w, h);
            case "pattern" -> stars(g, c, w, h);
            case "circuit" -> circuit(g, c, random, w, h);
            case "orbit", "night" -> orbit(g, c, random, w, h);
            default -> dots(g, c, random, w, h);
        }
        g.dispose();
        return image;
    }

    private static void mountains(Graphics2D g, Color[] c, Random r, int w, int h) {
        g.setColor(withAlpha(c[4], 230));
        g.fill(new Ellipse2D.Double(w * 0.68, h * 0.12, 170, 170));
        for (int layer = 0; layer < 3; layer++) {
            Polygon ridge = new Polygon();
            ridge.addPoint(0, h);
            int base = (int) (h * (0.45 + layer * 0.15));
            for (int x = 0; x <= w; x += 160) {
                ridge.addPoint(x, base - r.nextInt(220 - layer * 50));
            }
            ridge.addPoint(w, h);
            g.setColor(layer == 0 ? c[2] : layer == 1 ? c[1].darker() : c[0]);
            g.fill(ridge);
        }
        g.setStroke(new BasicStroke(10));
        g.setColor(c[3]);
        g.drawLine(0, (int) (h * 0.86), w, (int) (h * 0.8));
        g.setStroke(new BasicStroke(5));
        for (int x = 0; x < w; x += 48) {
            int y = (int) (h * 0.86 - x * (h * 0.06) / w);
            g.drawLine(x, y - 16, x, y + 16);
        }
    }

    private static void waves(Graphics2D g, Color[] c, Random r, int w, int h) {
        g.setColor(withAlpha(c[4], 220));
        g.fill(new Ellipse2D.Double(w * 0.15, h * 0.1, 200, 200));
        for (int band = 0; band < 6; band++) {
            Path2D wave = new Path2D.Double();
            double base = h * 0.45 + band * 80;
            double phase = r.nextDouble() * Math.PI;
            wave.moveTo(0, h);
            for (int x = 0; x <= w; x += 20) {
                wave.lineTo(x, base + Math.sin(x / 140.0 + phase) * (30 + band * 4));
            }
            wave.lineTo(w, h);
            wave.closePath();
            g.setColor(withAlpha(band % 2 == 0 ? c[2] : c[1], 150 + band * 15));
            g.fill(wave);
        }
    }

    private static void containers(Graphics2D g, Color[] c, Random r, int w, int h) {
        g.setColor(c[0]);
        g.fillRect(0, (int) (h * 0.82), w, h);
        Color[] boxes = {c[3], c[2], c[4], c[1].brighter()};
        for (int col = 0; col < 14; col++) {
            int stack = 2 + r.nextInt(5);
            for (int row = 0; row < stack; row++) {
                g.setColor(boxes[r.nextInt(boxes.length)]);
                g.fillRect(80 + col * 105, (int) (h * 0.82) - (row + 1) * 62, 98, 56);
            }
        }
        g.setStroke(new BasicStroke(14));
        g.setColor(c[4]);
        g.drawLine(w - 260, (int) (h * 0.82), w - 260, 120);
        g.drawLine(w - 420, 140, w - 60, 140);
        g.drawLine(w - 260, 120, w - 420, 140);
    }

    private static void chart(Graphics2D g, Color[] c, Random r, int w, int h) {
        g.setStroke(new BasicStroke(2));
        g.setColor(withAlpha(c[4], 60));
        for (int y = 120; y < h; y += 120) {
            g.drawLine(0, y, w, y);
        }
        Path2D line = new Path2D.Double();
        double y = h * 0.8;
        line.moveTo(0, y);
        for (int x = 0; x <= w; x += 80) {
            y = Math.max(h * 0.15, y - 20 + r.nextInt(60) - 30 - 8);
            line.lineTo(x, y);
        }
        Path2D area = new Path2D.Double(line);
        area.lineTo(w, h);
        area.lineTo(0, h);
        area.closePath();
        g.setColor(withAlpha(c[2], 90));
        g.fill(area);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(c[2]);
        g.draw(line);
    }

    private static void sun(Graphics2D g, Color[] c, Random r, int w, int h) {
        g.setColor(c[3]);
        g.fill(new Ellipse2D.Double(w * 0.55, h * 0.08, 380, 380));
        g.setColor(withAlpha(c[2], 200));
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 9; col++) {
                int x = col * 180 + row * 30 - 40;
                int y = (int) (h * 0.58) + row * 85;
                Polygon panel = new Polygon(new int[] {x, x + 160, x + 180, x + 20}, new int[] {y, y, y + 70, y + 70}, 4);
                g.fill(panel);
            }
        }
    }

    private static void pitch(Graphics2D g, Color[] c, int w, int h) {
        for (int stripe = 0; stripe < 10; stripe++) {
            g.setColor(stripe % 2 == 0 ? c[1] : c[1].darker());
            g.fillRect(stripe * w / 10, 0, w / 10 + 1, h);
        }
        g.setStroke(new BasicStroke(8));
        g.setColor(c[4]);
        g.drawRect(80, 80, w - 160, h - 160);
        g.drawLine(w / 2, 80, w / 2, h - 80);
        g.draw(new Ellipse2D.Double(w / 2.0 - 120, h / 2.0 - 120, 240, 240));
        g.drawRect(80, h / 2 - 180, 200, 360);
        g.drawRect(w - 280, h / 2 - 180, 200, 360);
        g.setColor(c[3]);
        g.fill(new Ellipse2D.Double(w / 2.0 + 200, h / 2.0 - 30, 60, 60));
    }

    private static void road(Graphics2D g, Color[] c, int w, int h) {
        g.setColor(c[2]);
        g.fillRect(0, (int) (h * 0.45), w, h);
        g.setColor(c[0]);
        g.fill(new Polygon(new int[] {w / 2 - 40, w / 2 + 40, w - 200, 200}, new int[] {(int) (h * 0.45), (int) (h * 0.45), h, h}, 4));
        g.setColor(c[4]);
        for (int i = 0; i < 6; i++) {
            double t = i / 6.0;
            int y = (int) (h * 0.45 + t * t * h * 0.55);
            int len = (int) (10 + t * 60);
            g.fillRect(w / 2 - 4 - (int) (t * 6), y, 8 + (int) (t * 12), len);
        }
        g.setColor(c[3]);
        g.fill(new Ellipse2D.Double(w * 0.75, h * 0.1, 150, 150));
    }

    private static void books(Graphics2D g, Color[] c, Random r, int w, int h) {
        Color[] spines = {c[2], c[3], c[4], c[1].brighter(), c[0].brighter()};
        for (int shelf = 0; shelf < 3; shelf++) {
            int base = 280 + shelf * 280;
            g.setColor(c[0]);
            g.fillRect(0, base, w, 24);
            for (int x = 40; x < w - 60; ) {
                int bw = 40 + r.nextInt(50);
                int bh = 150 + r.nextInt(90);
                g.setColor(spines[r.nextInt(spines.length)]);
                g.fillRect(x, base - bh, bw, bh);
                x += bw + 6;
            }
        }
    }

    private static void stars(Graphics2D g, Color[] c, int w, int h) {
        g.setStroke(new BasicStroke(6));
        for (int y = 0; y < h + 200; y += 200) {
            for (int x = 0; x < w + 200; x += 200) {
                g.setColor(((x + y) / 200) % 2 == 0 ? c[2] : c[3]);
                g.draw(star(x, y, 90, 38));
                g.setColor(withAlpha(c[4], 80));
                g.fill(star(x, y, 36, 16));
            }
        }
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 16; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = Math.PI * i / 8;
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }

    private static void circuit(Graphics2D g, Color[] c, Random r, int w, int h) {
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 40; i++) {
            int x = r.nextInt(w);
            int y = r.nextInt(h);
            g.setColor(withAlpha(i % 5 == 0 ? c[3] : c[2], 200));
            Path2D trace = new Path2D.Double();
            trace.moveTo(x, y);
            for (int step = 0; step < 4; step++) {
                if (r.nextBoolean()) {
                    x += r.nextInt(300) - 150;
                } else {
                    y += r.nextInt(300) - 150;
                }
                trace.lineTo(x, y);
            }
            g.draw(trace);
            g.fill(new Ellipse2D.Double(x - 12, y - 12, 24, 24));
        }
    }

    private static void orbit(Graphics2D g, Color[] c, Random r, int w, int h) {
        g.setColor(withAlpha(c[4], 200));
        for (int i = 0; i < 120; i++) {
            int s = 2 + r.nextInt(4);
            g.fillOval(r.nextInt(w), r.nextInt(h), s, s);
        }
        g.setPaint(new GradientPaint(w * 0.3f, h * 0.3f, c[2], w * 0.6f, h, c[1]));
        g.fill(new Ellipse2D.Double(w * 0.25, h * 0.25, 800, 800));
        g.setStroke(new BasicStroke(5));
        g.setColor(c[3]);
        g.draw(new Ellipse2D.Double(w * 0.1, h * 0.35, w * 0.8, 260));
        g.fill(new Ellipse2D.Double(w * 0.82, h * 0.45, 40, 40));
    }

    private static void dots(Graphics2D g, Color[] c, Random r, int w, int h) {
        for (int i = 0; i < 60; i++) {
            int s = 40 + r.nextInt(160);
            g.setColor(withAlpha(i % 3 == 0 ? c[3] : c[2], 120));
            g.fill(new Ellipse2D.Double(r.nextInt(w), r.nextInt(h), s, s));
        }
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Color[] colors(int... rgb) {
        Color[] result = new Color[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            result[i] = new Color(rgb[i]);
        }
        return result;
    }

    private static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }
}
