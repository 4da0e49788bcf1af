/**
 * The application's entry point; every feature is a package under this one (CONTRIBUTING.md has the map, and
 * ModularityTests the rules between them).
 */
package org.nashir;
