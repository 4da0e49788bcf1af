/**
 * Staff accounts, roles and what each may do ({@link org.nashir.security.Actor}), sign-in with its throttle,
 * sessions held to the account as it is now, API tokens and their scopes, the first-run setup, and what every
 * request may send and be sent: response headers, rate limits, body size and pace. Publishes nothing.
 */
package org.nashir.security;
