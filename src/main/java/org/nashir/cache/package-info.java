/**
 * Delivery speed: the in-memory page cache, the caching headers for browsers and CDNs, purges on
 * content events, and load shedding under floods. docs/operators/caching.md is the operator's guide.
 */
package org.nashir.cache;
