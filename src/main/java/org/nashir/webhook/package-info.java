/**
 * Webhooks: administrators register URLs for story events; every change writes its deliveries in the
 * same transaction (an outbox), and a dispatcher sends them signed, with timeouts and retries, on its
 * own threads, so that publishing never waits for a partner's server.
 */
package org.nashir.webhook;
