package org.nashir.media;

import org.nashir.shared.ArabicLetters;
import org.nashir.shared.NameKeys;

/**
 * What the media library's search looks in: an image's alt text, caption and credit, folded as names are (NameKeys)
 * after the search index's letter map (ArabicLetters), so that the hamza's seats meet there as they do in story search (مسؤول,
 * مسئول) and letters typed on a Persian keyboard are Arabic ones.
 */
public final class MediaSearchKey {

    /** The column's size: alt text (500), caption (1,000) and credit (200) folded never exceed it. */
    static final int MAX_LENGTH = 2000;

    private MediaSearchKey() {
    }

    public static String of(String altText, String caption, String credit) {
        String key = fold(altText) + "\u0001" + fold(caption) + "\u0001" + fold(credit);
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    /** The pattern for what was typed: its folded form anywhere in the key, or every image when nothing was. */
    public static String pattern(String typed) {
        String folded = fold(typed);
        return folded.isEmpty() ? "" : "%" + folded + "%";
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        return NameKeys.fold(ArabicLetters.fold(text));
    }
}
