/**
 * RSS 2.0 and Atom feeds of the whole site, each section, author and tag: delivery for feed readers,
 * aggregators and partners. Depends on the domain features, never the reverse.
 */
package org.nashir.feed;
