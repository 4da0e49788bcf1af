/**
 * Full-text search over stories: the index mapping (Hibernate Search, embedded Lucene under the data
 * directory), the newsroom's variant list, query building, related stories, and rebuilding the index.
 */
package org.nashir.search;
