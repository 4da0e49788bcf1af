/**
 * Sections (العالم، الاقتصاد…): their rows, slugs and order. Renaming or moving one publishes
 * {@link org.nashir.shared.SiteWideChange}; an old slug stays an alias (see redirect).
 */
package org.nashir.section;
