package org.credpath.catalog.model;

import java.time.LocalDate;

/**
 * A catalog year: the credential's stacking rules are the rules of {@code program} that took effect on {@code effective}
 * (a learner who started then follows them). {@code program} null (or the credential itself): its own rules, current
 * since {@code effective}.
 */
public record CatalogYear(String program, LocalDate effective) {

    /** The program these rules are a version of: {@code program}, or the credential itself. */
    public String programOr(String self) {
        return program == null ? self : program;
    }
}
