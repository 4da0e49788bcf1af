/**
 * What readers read: each story page sends one small request once it is seen ({@code reading.js}), counted in memory
 * and added to hourly rows every few seconds, so that several nodes agree; no cookie, no third-party script, and the
 * cached page stays cached. Robots that announce themselves are not counted, nor the same reader again within half
 * an hour. {@link org.nashir.reads.MostRead} ranks today's and this week's readings for the pages and the newsroom.
 */
package org.nashir.reads;
