package org.nashir.media;

import org.nashir.shared.NameKeys;

/** What the media library's search looks in: an image's alt text, caption and credit, folded as names are (NameKeys). */
public final class MediaSearchKey {

    /** The column's size: alt text (500), caption (1,000) and credit (200) folded never exceed it. */
    static final int MAX_LENGTH = 2000;

    private MediaSearchKey() {
    }

    public static String of(String altText, String caption, String credit) {
        String key = NameKeys.fold(altText) + "\u0001" + NameKeys.fold(caption) + "\u0001" + NameKeys.fold(credit);
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    /** The pattern for what was typed: its folded form anywhere in the key, or every image when nothing was. */
    public static String pattern(String typed) {
        String folded = NameKeys.fold(typed);
        return folded.isEmpty() ? "" : "%" + folded + "%";
    }
}
