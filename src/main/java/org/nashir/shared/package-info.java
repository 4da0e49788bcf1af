/**
 * What every feature shares: Arabic dates and digits, the message bundle every Arabic text from code is read
 * from ({@link org.nashir.shared.Messages}), Arabic-preserving slugs, installation settings, and the one model of
 * refusal ({@link org.nashir.shared.Problem}) that becomes an Arabic page or problem details. Depends on no other
 * feature and publishes no events.
 */
package org.nashir.shared;
