package org.credpath.catalog.snapshot;

import java.util.Set;

/**
 * What changed between two snapshots that an incremental refresh applies: the credentials whose offering, rules or
 * recognitions were written (each replaced whole from the database, or removed when gone), and whether reference
 * data (skills, occupations, their hierarchy, providers) changed, which only the derived views hold.
 */
public record CatalogChange(Set<String> credentials, boolean reference) {

    public CatalogChange {
        credentials = Set.copyOf(credentials);
    }
}
