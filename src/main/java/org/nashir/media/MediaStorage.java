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
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import org.nashir.shared.NashirProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final Clock clock;

    MediaStorage(MediaAssetRepository assets, NashirProperties properties, Clock clock) {
        this.assets = assets;
        this.root = properties.dataDir().resolve("media");
        this.clock = clock;
    }

    @Transactional
    public MediaAsset store(byte[] bytes, ImageText text) {
        BufferedImage image = read(bytes);
        String key = UUID.randomUUID().toString().replace("-", "");
        try {
            Path original = root.resolve("originals").resolve(key);
            Files.createDirectories(original.getParent());
            writeAtomically(original, bytes);
            MediaAsset asset = new MediaAsset(key, "image/" + formatOf(bytes), image.getWidth(), image.getHeight(),
                    sha256(bytes), text, clock.instant());
            for (int width : asset.variantWidths()) {
                writeVariant(image, asset, width);
            }
            return assets.save(asset);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store image " + key, e);
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

    private static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("Not an image this platform can read");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an image this platform can read", e);
        }
    }

    private static String formatOf(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P') {
            return "png";
        }
        if (bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return "jpeg";
        }
        if (bytes.length > 3 && bytes[0] == 'G' && bytes[1] == 'I') {
            return "gif";
        }
        return "octet-stream";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
