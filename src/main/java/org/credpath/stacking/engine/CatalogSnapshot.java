package org.credpath.stacking.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable in-memory view of the catalog the algorithms run on: offerings, their stacking
 * ({@code requirements}) and entry ({@code prerequisites}) rule trees, and recognition
 * ({@code from} is recognised as {@code to} for {@code credits}; null = the full ECTS of {@code from}).
 */
public final class CatalogSnapshot {

    public record Recognition(String from, String to, Double credits) {
    }

    private final Map<String, Offering> offerings;
    private final Map<String, Rule> requirements;
    private final Map<String, Rule> prerequisites;
    private final Map<String, List<Recognition>> recognitionsFrom;

    public CatalogSnapshot(Map<String, Offering> offerings, Map<String, Rule> requirements, Map<String, Rule> prerequisites,
                           Map<String, List<Recognition>> recognitionsFrom) {
        this.offerings = Map.copyOf(offerings);
        this.requirements = Map.copyOf(requirements);
        this.prerequisites = Map.copyOf(prerequisites);
        this.recognitionsFrom = Map.copyOf(recognitionsFrom);
    }

    public Optional<Offering> offering(String id) {
        return Optional.ofNullable(offerings.get(id));
    }

    public Map<String, Offering> offerings() {
        return offerings;
    }

    public Optional<Rule> requirements(String credentialId) {
        return Optional.ofNullable(requirements.get(credentialId));
    }

    public Optional<Rule> prerequisites(String credentialId) {
        return Optional.ofNullable(prerequisites.get(credentialId));
    }

    /** Credentials that have stacking rules, i.e. the larger credentials holdings may count toward. */
    public java.util.Set<String> stackable() {
        return requirements.keySet();
    }

    public List<Recognition> recognitionsFrom(String credentialId) {
        return recognitionsFrom.getOrDefault(credentialId, List.of());
    }
}
