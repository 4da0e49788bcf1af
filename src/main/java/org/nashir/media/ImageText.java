package org.nashir.media;

/** The words stored with an image. Alt text describes it for people who cannot see it; the credit names its source. */
public record ImageText(String altText, String caption, String credit) {

    public ImageText {
        if (altText == null || altText.isBlank()) {
            throw new IllegalArgumentException("An image needs alt text");
        }
    }
}
