package org.nashir.site;

/** A reader page the caches may keep: its {@link Layout} names the content it shows. */
interface ReaderPage {

    Layout layout();
}
