package org.nashir.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An image the platform stores, with the words that travel with it: alt text, caption and credit. */
@Entity
@Table(name = "media_asset")
public class MediaAsset {

    /** Widths of the resized copies; an image never gets a copy wider than itself. */
    public static final List<Integer> VARIANT_WIDTHS = List.of(320, 640, 960, 1280, 1920);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_key", nullable = false, unique = true)
    private String fileKey;

    @Column(name = "mime_type", nullable = false)
    private String mimeType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "alt_text", nullable = false)
    private String altText;

    private String caption;

    private String credit;

    @Column(nullable = false)
    private String checksum;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "search_key")
    private String searchKey;

    /** The staff account that uploaded it through the back office; null for imports and the demo. */
    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "crop_x")
    private Double cropX;

    @Column(name = "crop_y")
    private Double cropY;

    @Column(name = "crop_width")
    private Double cropWidth;

    @Column(name = "crop_height")
    private Double cropHeight;

    @Column(name = "focal_x")
    private Double focalX;

    @Column(name = "focal_y")
    private Double focalY;

    protected MediaAsset() {
    }

    MediaAsset(String fileKey, String mimeType, int width, int height, String checksum, ImageText text, Instant createdAt) {
        this.fileKey = fileKey;
        this.mimeType = mimeType;
        this.width = width;
        this.height = height;
        this.checksum = checksum;
        this.createdAt = createdAt;
        describe(text);
    }

    void uploadedBy(long userId) {
        this.uploadedBy = userId;
    }

    public Long uploadedBy() {
        return uploadedBy;
    }

    public void describe(ImageText text) {
        this.altText = text.altText();
        this.caption = text.caption();
        this.credit = text.credit();
        this.searchKey = MediaSearchKey.of(altText, caption, credit);
    }

    /** A new file under the same image (a replacement, or the old one cut again): new key, so no cache keeps the old. */
    void refile(String fileKey, String mimeType, int width, int height, String checksum) {
        this.fileKey = fileKey;
        this.mimeType = mimeType;
        this.width = width;
        this.height = height;
        this.checksum = checksum;
    }

    void frame(Framing framing) {
        this.cropX = framing.x();
        this.cropY = framing.y();
        this.cropWidth = framing.width();
        this.cropHeight = framing.height();
        this.focalX = framing.focusX();
        this.focalY = framing.focusY();
    }

    /** The editor's crop and focal point; the whole picture and its centre when none was chosen. */
    public Framing framing() {
        return cropX == null ? new Framing(0, 0, 1, 1, focalX == null ? 0.5 : focalX, focalY == null ? 0.5 : focalY)
                : new Framing(cropX, cropY, cropWidth, cropHeight, focalX, focalY);
    }

    public List<Integer> variantWidths() {
        int largest = Math.min(width, VARIANT_WIDTHS.get(VARIANT_WIDTHS.size() - 1));
        List<Integer> widths = new ArrayList<>();
        for (int w : VARIANT_WIDTHS) {
            if (w < largest) {
                widths.add(w);
            }
        }
        widths.add(largest);
        return widths;
    }

    /** The variant a page shows by default: good enough for a phone and a desktop column alike. */
    public int defaultWidth() {
        List<Integer> widths = variantWidths();
        return widths.contains(960) ? 960 : widths.get(widths.size() - 1);
    }

    /** The variant for feeds, social cards and structured data: large enough for a wide card, never over 1,280 pixels. */
    public int shareWidth() {
        return variantWidths().stream().filter(w -> w <= 1280).reduce((a, b) -> b).orElse(variantWidths().get(0));
    }

    /** A card's 16:9 cut of the picture, around its focal point, at one of {@link #variantWidths()}. */
    public static int wideHeight(int variantWidth) {
        return Math.max(1, Math.round(variantWidth * 9f / 16f));
    }

    public int heightAt(int variantWidth) {
        return Math.max(1, Math.round((float) height * variantWidth / width));
    }

    public Long id() {
        return id;
    }

    public String fileKey() {
        return fileKey;
    }

    public String mimeType() {
        return mimeType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String altText() {
        return altText;
    }

    public String caption() {
        return caption;
    }

    public String credit() {
        return credit;
    }

    public String checksum() {
        return checksum;
    }
}
