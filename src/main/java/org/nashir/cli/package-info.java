/**
 * Operators' commands run without a web server ({@code create-admin}, {@code create-token}, {@code import},
 * {@code import-wordpress}, {@code export}, {@code restore}, {@code reindex}). Operations: it uses the domain, and
 * nothing uses it.
 */
package org.nashir.cli;
