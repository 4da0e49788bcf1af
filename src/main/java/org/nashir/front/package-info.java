/**
 * Fronts the editors arrange: which stories lead the home page and each section's page, and the order and kind of
 * the home page's section blocks. A front only names what the editors chose; the reader pages fill every other
 * place with the newest stories, and a change publishes {@link org.nashir.shared.PagesRearranged} for exactly the
 * page it touches.
 */
package org.nashir.front;
