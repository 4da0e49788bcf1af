/**
 * The reader-facing site: server-rendered JTE pages (home, section, story, author, tag, errors).
 * A delivery feature: it composes the domain features and nothing depends on it.
 */
package org.nashir.site;
