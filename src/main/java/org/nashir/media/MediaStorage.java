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
     * Checks, stores and resizes an image. A refused file leaves nothing behind: it is checked in
     * memory first, and files are written before the row, so a failure rolls back to nothing visible.
     */
    /** A refusal writes nothing, so it leaves the caller's transaction usable: an import's post goes on without the image. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public MediaAsset store(byte[] bytes, ImageText text) {
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "media.file.required");
        }
        if (bytes.length > limits.maxUploadBytes()) {
            throw new UploadTooLargeException(limits.maxUploadBytes() / (1024 * 1024));
        }
        ImageFormat format = ImageFormat.detect(bytes);
        Decoded decoded = read(bytes, limits.maxPixels());
        String key = UUID.randomUUID().toString().replace("-", "");
        try {
            Path original = root.resolve("originals").resolve(key);
            Files.createDirectories(original.getParent());
            writeAtomically(original, bytes);
            MediaAsset asset = new MediaAsset(key, format.mimeType(), decoded.width(), decoded.height(),
                    sha256(bytes), text, clock.instant());
            for (int width : asset.variantWidths()) {
                writeVariant(decoded.image(), asset, width);
            }
            return assets.save(asset);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store image " + key, e);
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
        requireMediaRole(actor);
        MediaAsset asset = assets.findById(id).orElseThrow(() -> new NotFoundException("media " + id));
        if (!actor.role().canEditOthersStories() && (!Long.valueOf(actor.userId()).equals(asset.uploadedBy())
                || usedInPublished.test(id))) {
            throw new NotAllowedException(Long.valueOf(actor.userId()).equals(asset.uploadedBy())
                    ? "media.edit.published"
                    : "media.edit.not-yours");
        }
        asset.describe(new ImageText(altText, caption, credit));
        events.publishEvent(new SiteWideChange("media"));
        return asset;
    }

    private static void requireMediaRole(Actor actor) {
        if (!actor.role().canUploadMedia()) {
            throw new NotAllowedException("media.contributor");
        }
    }

    /** The file of one variant, or null when the key or width is not one we made. */
    /** Bytes of a variant, for feed enclosures; 0 when the file is missing. */
    public long variantSize(MediaAsset asset, int width) {
        Path file = variant(asset.fileKey(), width);
        try {
            return file == null ? 0 : Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    Path variant(String key, int width) {
        if (!FILE_KEY.matcher(key).matches()) {
            return null;
        }
        Path file = root.resolve("variants").resolve(key).resolve(width + ".jpg");
        return Files.isRegularFile(file) ? file : null;
    }

    private void writeVariant(BufferedImage image, MediaAsset asset, int width) throws IOException {
        Path file = root.resolve("variants").resolve(asset.fileKey()).resolve(width + ".jpg");
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "variant", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            Thumbnails.of(image).size(width, asset.heightAt(width)).keepAspectRatio(true)
                    .outputFormat("jpg").outputQuality(0.82).toOutputStream(out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.debug("Wrote variant {} of media {}", width, asset.fileKey());
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
