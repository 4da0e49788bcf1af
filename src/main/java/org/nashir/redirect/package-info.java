/**
 * Former addresses ({@code legacy_url}) answered with 301: asked on a reader's 404, for {@code /?p=ID}, and
 * recorded when a name gets an alias (it listens for the article feature's {@code NameAliased}). Publishes nothing.
 */
package org.nashir.redirect;
