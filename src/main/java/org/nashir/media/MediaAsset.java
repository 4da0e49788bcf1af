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
