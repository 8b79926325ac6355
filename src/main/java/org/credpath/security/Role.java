package org.credpath.security;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do in credpath; a token carries one or more. */
public enum Role {
    /** reads and changes their own record, goals and plans; grants and revokes access to it */
    LEARNER,
    /** reads and plans for learners who granted them access */
    ADVISER,
    /** uses the catalog, coverage and skill views; sees a learner who shared their record with them */
    EMPLOYER,
    /** imports and edits the catalog; acts on any learner's behalf */
    ADMIN;

    /** The role a claim value names: case does not matter and a {@code ROLE_} prefix is ignored; empty for other values. */
    static Optional<Role> named(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var name = value.strip().toUpperCase(Locale.ROOT);
        if (name.startsWith("ROLE_")) {
            name = name.substring(5);
        }
        try {
            return Optional.of(valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String authority() {
        return "ROLE_" + name();
    }
}
