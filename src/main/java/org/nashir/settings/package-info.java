/**
 * The site's own settings (name, logo, address, time zone, month style, digits, Hijri, social links): one row,
 * read by every page. A change publishes {@link org.nashir.shared.SiteWideChange}.
 */
package org.nashir.settings;
