/**
 * What every feature shares: Arabic dates and digits, Arabic-preserving slugs, installation settings
 * and the error types that become 404 pages or problem details. Depends on no other feature.
 */
package org.nashir.shared;
