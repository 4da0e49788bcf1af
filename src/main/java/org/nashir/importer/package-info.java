/**
 * Bulk import of stories from JSON lines: how newsrooms move an archive in, and what the search
 * benchmark loads. The line format is documented in the README.
 */
package org.nashir.importer;
