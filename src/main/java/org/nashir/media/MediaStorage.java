package org.nashir.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.nashir.security.Actor;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.NashirProperties;
import org.nashir.shared.NotAllowedException;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.SiteWideChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps image originals and their resized JPEG variants under the data directory. Variants are
 * re-encoded from pixels, so no EXIF or GPS block of the original reaches a reader.
 */
@Service
public class MediaStorage {

    private static final Logger log = LoggerFactory.getLogger(MediaStorage.class);
    static final Pattern FILE_KEY = Pattern.compile("[0-9a-f]{32}");

    private final MediaAssetRepository assets;
    private final Path root;
    private final MediaProperties limits;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    MediaStorage(MediaAssetRepository assets, NashirProperties properties, MediaProperties limits, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.assets = assets;
        this.root = properties.dataDir().resolve("media");
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Checks, stores and resizes an image. A refused file leaves nothing behind: it is checked in memory first, and
     * files are written before the row, so a failure rolls back to nothing visible. A refusal writes nothing, so it
     * leaves the caller's transaction usable: an import's post goes on without the image.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public MediaAsset store(byte[] bytes, ImageText text) {
        checkSize(bytes);
        ImageFormat format = ImageFormat.detect(bytes);
        Decoded decoded = read(bytes, limits.maxPixels());
        String key = newKey();
        MediaAsset asset = new MediaAsset(key, format.mimeType(), decoded.width(), decoded.height(), sha256(bytes), text,
                clock.instant());
        writeFiles(asset, bytes, decoded);
        return assets.save(asset);
    }

    private void checkSize(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "media.file.required");
        }
        if (bytes.length > limits.maxUploadBytes()) {
            throw new UploadTooLargeException(limits.maxUploadBytes() / (1024 * 1024));
        }
    }

    private static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Writes the original and every variant of the image as it is framed, under its key, before any row names them:
     * a failure leaves only files the sweep removes.
     */
    private void writeFiles(MediaAsset asset, byte[] bytes, Decoded decoded) {
        try {
            Path original = root.resolve("originals").resolve(asset.fileKey());
            Files.createDirectories(original.getParent());
            writeAtomically(original, bytes);
            BufferedImage kept = kept(decoded.image(), asset.framing());
            asset.refile(asset.fileKey(), asset.mimeType(),
                    (int) Math.max(1, Math.round(decoded.width() * asset.framing().width())),
                    (int) Math.max(1, Math.round(decoded.height() * asset.framing().height())), asset.checksum());
            List<Integer> widths = asset.variantWidths();
            int largest = widths.get(widths.size() - 1);
            // every size is drawn from the largest: resizing a camera's 8,000 pixels once, not ten times
            BufferedImage base = kept.getWidth() <= largest ? kept
                    : Thumbnails.of(kept).size(largest, asset.heightAt(largest)).keepAspectRatio(true).asBufferedImage();
            for (int width : widths) {
                writeVariant(base, asset, width);
                writeWide(base, asset, width);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store image " + asset.fileKey(), e);
        }
    }

    /**
     * A new picture under the same image: every story, page and card that shows the image shows the new one, with
     * its words kept. The crop and focal point were the old picture's, so the new one is shown whole.
     */
    @Transactional
    public MediaAsset replace(Actor actor, long id, byte[] bytes, LongPredicate usedInPublished) {
        MediaAsset asset = mayChange(actor, id, usedInPublished);
        checkSize(bytes);
        ImageFormat format = ImageFormat.detect(bytes);
        return redraw(asset, bytes, read(bytes, limits.maxPixels()), format.mimeType(), sha256(bytes), Framing.WHOLE);
    }

    /** Keeps part of the original and puts its focal point: every variant is drawn again, under a new key. */
    @Transactional
    public MediaAsset reframe(Actor actor, long id, Framing framing, LongPredicate usedInPublished) {
        MediaAsset asset = mayChange(actor, id, usedInPublished);
        byte[] bytes = original(asset);
        return redraw(asset, bytes, read(bytes, Long.MAX_VALUE), asset.mimeType(), asset.checksum(), framing);
    }

    /** The image's files drawn again under a new key, so that no cache anywhere keeps showing the old ones. */
    private MediaAsset redraw(MediaAsset asset, byte[] bytes, Decoded decoded, String mimeType, String checksum,
            Framing framing) {
        asset.refile(newKey(), mimeType, decoded.width(), decoded.height(), checksum);
        asset.frame(framing);
        writeFiles(asset, bytes, decoded);
        events.publishEvent(new SiteWideChange("media"));
        return asset;
    }

    /**
     * Removes an image. Its row goes now; its files stay until the sweep, so a page cached elsewhere a moment longer
     * still shows it. The stories and bylines that use it are not this feature's: {@code letGo} takes it out of them,
     * in this transaction, once the actor is known to be allowed.
     */
    @Transactional
    public void delete(Actor actor, long id, LongPredicate usedInPublished, Runnable letGo) {
        MediaAsset asset = mayChange(actor, id, usedInPublished);
        // stories and bylines let go of it first: the row's delete is flushed last, after their changes
        letGo.run();
        assets.delete(asset);
        events.publishEvent(new SiteWideChange("media"));
    }

    /** The whole original, at most 960 pixels wide, as a JPEG: what the crop tool draws on. */
    public byte[] whole(long id) {
        MediaAsset asset = assets.findById(id).orElseThrow(() -> new NotFoundException("media " + id));
        BufferedImage image = read(original(asset), Long.MAX_VALUE).image();
        var out = new java.io.ByteArrayOutputStream();
        try {
            Thumbnails.of(image).size(Math.min(960, image.getWidth()), image.getHeight()).keepAspectRatio(true)
                    .outputFormat("jpg").outputQuality(0.8).toOutputStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The original as it was uploaded, for cutting again. */
    private byte[] original(MediaAsset asset) {
        try {
            return Files.readAllBytes(root.resolve("originals").resolve(asset.fileKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("The original of image " + asset.id() + " is missing", e);
        }
    }

    /** An upload through the back office: contributors may not add images. */
    @Transactional
    public MediaAsset upload(Actor actor, byte[] bytes, String altText, String caption, String credit) {
        requireMediaRole(actor);
        MediaAsset asset = store(bytes, new ImageText(altText, caption, credit));
        asset.uploadedBy(actor.userId());
        return asset;
    }

    /**
     * New words for an image. Editors describe any; others only an image they uploaded, and only while no
     * published story uses it ({@code usedInPublished}, which the article feature answers): what readers see
     * across the site changes only by an editor's hand.
     */
    @Transactional
    public MediaAsset describe(Actor actor, long id, String altText, String caption, String credit,
            LongPredicate usedInPublished) {
        MediaAsset asset = mayChange(actor, id, usedInPublished);
        asset.describe(new ImageText(altText, caption, credit));
        events.publishEvent(new SiteWideChange("media"));
        return asset;
    }

    /**
     * Editors change any image; others only one they uploaded, and only while no published story uses it
     * ({@code usedInPublished}, which the article feature answers): what readers see across the site changes only by an
     * editor's hand.
     */
    private MediaAsset mayChange(Actor actor, long id, LongPredicate usedInPublished) {
        requireMediaRole(actor);
        MediaAsset asset = assets.findById(id).orElseThrow(() -> new NotFoundException("media " + id));
        if (!actor.role().canEditOthersStories() && (!Long.valueOf(actor.userId()).equals(asset.uploadedBy())
                || usedInPublished.test(id))) {
            throw new NotAllowedException(Long.valueOf(actor.userId()).equals(asset.uploadedBy())
                    ? "media.edit.published"
                    : "media.edit.not-yours");
        }
        return asset;
    }

    private static void requireMediaRole(Actor actor) {
        if (!actor.role().canUploadMedia()) {
            throw new NotAllowedException("media.contributor");
        }
    }

    /** Bytes of a variant, for feed enclosures; 0 when the file is missing. */
    public long variantSize(MediaAsset asset, int width) {
        Path file = variant(asset.fileKey(), width);
        try {
            return file == null ? 0 : Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The file of one variant, or null when the key or width is not one we made. */
    Path variant(String key, int width) {
        if (!FILE_KEY.matcher(key).matches()) {
            return null;
        }
        Path file = root.resolve("variants").resolve(key).resolve(width + ".jpg");
        return Files.isRegularFile(file) ? file : null;
    }

    /**
     * The file of a card's 16:9 cut, drawn on first request for an image stored before cuts were made (the only time
     * the database is asked), or null when the key or width is not one of an image's.
     */
    Path wideVariant(String key, int width) {
        if (!FILE_KEY.matcher(key).matches()) {
            return null;
        }
        Path file = root.resolve("variants").resolve(key).resolve(WIDE + width + ".jpg");
        if (Files.isRegularFile(file)) {
            return file;
        }
        MediaAsset asset = assets.findByFileKey(key).orElse(null);
        if (asset == null || !asset.variantWidths().contains(width)) {
            return null;
        }
        List<Integer> widths = asset.variantWidths();
        Path largest = variant(key, widths.get(widths.size() - 1));
        try {
            // the largest variant is already framed, and small enough to cut quickly on a reader's request
            BufferedImage framed = largest == null ? null : ImageIO.read(largest.toFile());
            if (framed == null) {
                return null;
            }
            writeWide(framed, asset, width);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not cut image {} at {}: {}", key, width, e.toString());
            return null;
        }
        return file;
    }

    static final String WIDE = "wide-";

    private void writeVariant(BufferedImage image, MediaAsset asset, int width) throws IOException {
        write(Thumbnails.of(image).size(width, asset.heightAt(width)).keepAspectRatio(true), asset, width + ".jpg");
    }

    /** A 16:9 cut as wide as the picture allows, moved towards the focal point as far as the picture's edges let it. */
    private void writeWide(BufferedImage image, MediaAsset asset, int width) throws IOException {
        Framing framing = asset.framing();
        int w = image.getWidth();
        int h = image.getHeight();
        int cutWidth = Math.min(w, Math.round(h * 16f / 9f));
        int cutHeight = Math.min(h, Math.round(cutWidth * 9f / 16f));
        int x = (int) Math.round(Math.max(0, Math.min(w - cutWidth, framing.focusX() * w - cutWidth / 2.0)));
        int y = (int) Math.round(Math.max(0, Math.min(h - cutHeight, framing.focusY() * h - cutHeight / 2.0)));
        write(Thumbnails.of(image.getSubimage(x, y, cutWidth, cutHeight)).forceSize(width, MediaAsset.wideHeight(width)),
                asset, WIDE + width + ".jpg");
    }

    private void write(Thumbnails.Builder<BufferedImage> picture, MediaAsset asset, String name) throws IOException {
        Path file = root.resolve("variants").resolve(asset.fileKey()).resolve(name);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "variant", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            picture.outputFormat("jpg").outputQuality(0.82).toOutputStream(out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.debug("Wrote {} of media {}", name, asset.fileKey());
    }

    /** The part of the decoded picture the framing keeps. */
    private static BufferedImage kept(BufferedImage image, Framing framing) {
        if (!framing.cropped()) {
            return image;
        }
        int x = (int) Math.floor(framing.x() * image.getWidth());
        int y = (int) Math.floor(framing.y() * image.getHeight());
        int w = Math.max(1, Math.min(image.getWidth() - x, (int) Math.round(framing.width() * image.getWidth())));
        int h = Math.max(1, Math.min(image.getHeight() - y, (int) Math.round(framing.height() * image.getHeight())));
        return image.getSubimage(x, y, w, h);
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "upload", ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** At most this many pixels are decoded (64 MB as RGB), whatever the picture's shape. */
    private static final long DECODED_PIXELS = 16_000_000;

    /** The picture to draw variants from, and the size of the original. */
    private record Decoded(BufferedImage image, int width, int height) {
    }

    /**
     * Decodes the image, after checking the size it declares: a few kilobytes can declare gigapixels. A picture
     * far wider than the largest variant is decoded at a fraction of its size (every second or third pixel, still
     * twice the largest variant's width) so that a 50-megapixel camera file needs tens of megabytes, not hundreds.
     */
    private static Decoded read(byte[] bytes, long maxPixels) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidInputException("file", "media.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new InvalidInputException("file", "media.too-many-pixels", maxPixels / 1_000_000);
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(width / (2 * MediaAsset.VARIANT_WIDTHS.get(MediaAsset.VARIANT_WIDTHS.size() - 1)),
                        (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS)));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                // JPEG variants are drawn from plain RGB: transparency, custom layouts and palettes (a two-colour PNG
                // is TYPE_BYTE_BINARY, whose pixels the resizer and the JPEG writer take for black) are flattened first
                if (image.getColorModel().hasAlpha() || image.getType() != BufferedImage.TYPE_INT_RGB
                        && image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_INT_BGR) {
                    image = flatten(image);
                }
                return new Decoded(image, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "media.corrupt");
        }
    }

    /** JPEG variants have no transparency: paint the picture on white first. */
    private static BufferedImage flatten(BufferedImage image) {
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = flat.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return flat;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
