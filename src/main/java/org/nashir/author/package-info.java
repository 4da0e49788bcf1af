/**
 * Authors (bylines): their rows, slugs, titles and photos, listed once a published story carries them. A change
 * publishes {@link org.nashir.shared.SiteWideChange}.
 */
package org.nashir.author;
