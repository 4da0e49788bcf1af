/**
 * The whole site to a folder and back ({@code export DIR}, {@code restore DIR}): settings, people,
 * sections, authors, tags, stories with their revisions, media files, former addresses. The format is
 * documented in docs/operators/backup.md; it does not depend on the database, which makes it also the
 * way from the embedded H2 to PostgreSQL and back.
 */
package org.nashir.backup;
