package org.credpath.catalog.model;

import java.util.Map;
import java.util.Set;

/** What a catalog may refer to beyond itself: nodes already in the database. */
public interface ReferenceLookup {

    enum Target { PROVIDER, SKILL, OCCUPATION, CREDENTIAL, LEARNER }

    /** The subset of {@code ids} that exist as {@code target}. */
    Set<String> existing(Target target, Set<String> ids);

    /** For stored credentials among {@code ids}: the credentials their prerequisite and stacking rules name. */
    Map<String, Set<String>> ruleDependencies(Set<String> ids);

    /** A lookup for a catalog that must stand alone. */
    ReferenceLookup NONE = new ReferenceLookup() {
        @Override
        public Set<String> existing(Target target, Set<String> ids) {
            return Set.of();
        }

        @Override
        public Map<String, Set<String>> ruleDependencies(Set<String> ids) {
            return Map.of();
        }
    };
}
