/**
 * The demo newsroom loaded into an empty database on first start ({@code nashir.demo=true}): every
 * word and image of it was made for this project.
 */
package org.nashir.demo;
