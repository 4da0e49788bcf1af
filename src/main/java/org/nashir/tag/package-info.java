/**
 * Tags: their rows and slugs, listed once a published story uses them. A change publishes
 * {@link org.nashir.shared.SiteWideChange}.
 */
package org.nashir.tag;
