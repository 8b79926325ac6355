package org.credpath.stacking;

/** A holding counted through a transfer equivalency table: at {@code leaf}, as {@code via} (null for credits in a subject), from {@code source}. */
public record TransferCredit(String credential, String via, String leaf, String source) {
}
