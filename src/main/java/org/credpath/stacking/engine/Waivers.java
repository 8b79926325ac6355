package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.Rule;
import java.util.Set;

/**
 * Which non-credential leaves (conditions such as consent or standing, unresolved references) an
 * adviser waives: by rule node id, or every one of them with {@value #ALL}.
 */
public final class Waivers {

    public static final String ALL = "*";

    private Waivers() {
    }

    static boolean covers(Set<String> waived, Rule leaf) {
        return waived.contains(leaf.id()) || waived.contains(ALL);
    }
}
