/**
 * The public JSON API under {@code /api/v1}: search, suggestions and related stories. Errors are RFC 9457
 * problem details with an Arabic {@code detail}.
 */
package org.nashir.api;
