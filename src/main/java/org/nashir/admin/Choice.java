package org.nashir.admin;

/** One option of a select: the value the form sends and the Arabic words a person reads. */
public record Choice(String value, String label) {
}
