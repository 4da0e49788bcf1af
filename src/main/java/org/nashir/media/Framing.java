package org.nashir.media;

import org.nashir.shared.InvalidInputException;

/**
 * How an image is framed: the part of the original kept ({@code x}, {@code y}, {@code width}, {@code height}, as
 * fractions of the original's size, so they hold at any resolution) and the point that matters most in it
 * ({@code focusX}, {@code focusY}, fractions of the kept part), which every narrower cut keeps in view.
 */
public record Framing(double x, double y, double width, double height, double focusX, double focusY) {

    /** The smallest part of the picture that may be kept, as a fraction of either side. */
    static final double SMALLEST = 0.05;

    public Framing {
        if (!(x >= 0 && y >= 0 && width >= SMALLEST && height >= SMALLEST && x + width <= 1.0001 && y + height <= 1.0001
                && focusX >= 0 && focusX <= 1 && focusY >= 0 && focusY <= 1)) {
            throw new InvalidInputException("crop", "media.crop.invalid");
        }
        width = Math.min(width, 1 - x);
        height = Math.min(height, 1 - y);
    }

    public static final Framing WHOLE = new Framing(0, 0, 1, 1, 0.5, 0.5);

    boolean cropped() {
        return x > 0 || y > 0 || width < 1 || height < 1;
    }
}
