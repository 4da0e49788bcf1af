/**
 * The back office: Arabic, right-to-left, server-rendered pages for the newsroom. A delivery
 * feature: it composes the domain features and nothing depends on it. Role checks happen in the
 * domain services; the pages only decide what to offer.
 */
package org.nashir.admin;
