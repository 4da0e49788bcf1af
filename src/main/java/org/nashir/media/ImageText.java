package org.nashir.media;

import org.nashir.shared.CreditLine;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.PlainText;

/** The words stored with an image. Alt text describes it for people who cannot see it; the credit names its source. */
public record ImageText(String altText, String caption, String credit) {

    public ImageText {
        if (altText == null || altText.isBlank()) {
            throw new InvalidInputException("altText", "media.alt.required");
        }
        altText = PlainText.clean(altText).strip();
        caption = caption == null || caption.isBlank() ? null : PlainText.clean(caption).strip();
        credit = CreditLine.of(credit);
        if (altText.length() > 500 || (caption != null && caption.length() > 1000) || (credit != null && credit.length() > 200)) {
            throw new InvalidInputException("altText", "media.text.too-long");
        }
    }
}
