/**
 * What search engines read besides the pages: robots.txt, the sitemap index, monthly article
 * sitemaps with image entries, the sitemap of sections, authors and tags, and the Google News sitemap.
 */
package org.nashir.seo;
