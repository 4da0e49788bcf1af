package org.nashir.shared;

import java.util.Set;

/**
 * The editors changed how some pages are arranged (a front page's lead, a section's pinned story): caches empty
 * the pages of these surrogate keys, and nothing else.
 */
public record PagesRearranged(Set<String> keys) {
}
