package org.credpath.catalog.snapshot;

import java.time.LocalDate;

/** A credential a learner earned (or, in a what-if, would hold). */
public record Holding(String credential, LocalDate date, String grade, boolean verified) {
}
