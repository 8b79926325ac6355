package org.credpath.catalog.snapshot;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Read-only copies of large maps keyed by identifiers, for the lookups the algorithms make per candidate.
 * {@link Map#copyOf} is not used for these: its open-addressing table probes linearly, and identifiers
 * that differ only in trailing digits ({@code gen-mc-000123}, {@code CS 1337}) have hash codes next to
 * each other, so they pile into long runs of occupied slots. Measured on 20,500 catalog ids: 170 ns a
 * lookup against 13 ns for a {@link HashMap}, which spreads hash bits and chains collisions; in the
 * scale benchmark those probes were 40 % of the next step's CPU time.
 */
public final class HashedMaps {

    private HashedMaps() {
    }

    public static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        return Collections.unmodifiableMap(new HashMap<>(map));
    }
}
