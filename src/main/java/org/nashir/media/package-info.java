/**
 * Images: the media library's rows ({@link org.nashir.media.MediaAsset}), the files under the data directory
 * (originals and resized JPEG variants, re-encoded so no camera metadata reaches readers), {@code /media/{key}/{width}.jpg},
 * and the sweep of files no row names. Describing an image publishes {@link org.nashir.shared.SiteWideChange}, since
 * its caption and credit show wherever it is used.
 */
package org.nashir.media;
