package org.credpath.catalog.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a catalog may refer to beyond itself: nodes already in the database. */
public interface ReferenceLookup {

    enum Target { PROVIDER, SKILL, OCCUPATION, CREDENTIAL, LEARNER }

    /** What is stored of a credential: its ECTS (null when unknown) and its entry and stacking rules (null when none). */
    record StoredRules(Double ects, RuleSpec prerequisites, RuleSpec requirements) {
    }

    /** The subset of {@code ids} that exist as {@code target}. */
    Set<String> existing(Target target, Set<String> ids);

    /** For the stored credentials among {@code ids}: their ECTS and rule trees. */
    Map<String, StoredRules> storedRules(Set<String> ids);

    /** For each of {@code ids}: the stored credentials recognised as it ({@code credential} of each is the one recognised). */
    Map<String, List<RecognitionSpec>> storedRecognitions(Set<String> ids);

    /** A lookup for a catalog that must stand alone. */
    ReferenceLookup NONE = new ReferenceLookup() {
        @Override
        public Set<String> existing(Target target, Set<String> ids) {
            return Set.of();
        }

        @Override
        public Map<String, StoredRules> storedRules(Set<String> ids) {
            return Map.of();
        }

        @Override
        public Map<String, List<RecognitionSpec>> storedRecognitions(Set<String> ids) {
            return Map.of();
        }
    };
}
