package org.credpath.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.catalog.model.OccupationSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.catalog.model.SkillSpec;
import org.credpath.database.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Tells, per entry of a catalog, whether it is new, changed or identical to what is stored, by reading the
 * stored entries back in the shape {@link CatalogWriter} writes them. Only new and changed entries are then
 * written, so loading a source again writes nothing and reports nothing created or updated. Owned records
 * (providers, credentials, learners) are identical when everything the writer would replace is equal; shared
 * reference data (skills, occupations), which the writer only adds to, when everything it would add is there.
 * A credential is first compared by the digest the writer stored with it: reading every credential's outcomes and
 * rule trees back made loading an unchanged file slower than loading it new.
 */
final class StoredCatalog {

    enum State { NEW, CHANGED, SAME }

    /**
     * The state of every entry, by section and id, in catalog order; {@code undigested}: credentials found identical
     * only by reading them back, whose digest is to be recorded.
     */
    record Diff(Map<String, State> providers, Map<String, State> skills, Map<String, State> occupations,
                Map<String, State> credentials, Map<String, State> learners, Set<String> undigested) {

        boolean anyWrite() {
            return List.of(providers, skills, occupations, credentials, learners).stream()
                    .anyMatch(section -> section.containsValue(State.NEW) || section.containsValue(State.CHANGED));
        }
    }

    private static final Set<String> KIND_LABELS = Set.of(CredentialKind.MICRO_CREDENTIAL.label(), CredentialKind.COURSE.label(),
            CredentialKind.CERTIFICATE.label(), CredentialKind.DEGREE.label(), CredentialKind.BADGE.label());

    private final Neo4jClient client;
    private final Set<String> undigested = new HashSet<>();

    StoredCatalog(Neo4jClient client) {
        this.client = client;
    }

    Diff compare(Catalog catalog) {
        return new Diff(
                states("providers", catalog.providers(), ProviderSpec::id, StoredCatalog::sameProvider),
                states("skills", catalog.skills(), SkillSpec::uri, StoredCatalog::sameSkill),
                states("occupations", catalog.occupations(), OccupationSpec::uri, StoredCatalog::sameOccupation),
                credentialStates(catalog.credentials()),
                states("learners", catalog.learners(), LearnerSpec::id, StoredCatalog::sameLearner), undigested);
    }

    /**
     * Credentials by their stored digest first ({@link CatalogWriter#digest}): an entry whose digest matches is
     * identical, decided in time proportional to its size without reading its rules back; only the others (new,
     * changed, or written before digests) are compared field by field.
     */
    private Map<String, State> credentialStates(List<CredentialSpec> credentials) {
        var states = new LinkedHashMap<String, State>();
        if (credentials.isEmpty()) {
            return states;
        }
        var stored = new HashMap<String, Object>();
        var ids = credentials.stream().map(CredentialSpec::id).filter(Objects::nonNull).distinct().toList();
        client.query(CypherQueries.get("catalog/stored-digests")).bind(ids).to("ids").fetch().all()
                .forEach(row -> stored.put((String) row.get("id"), row.get("digest")));
        var unsure = new java.util.ArrayList<CredentialSpec>();
        for (var c : credentials) {
            if (!stored.containsKey(c.id())) {
                states.put(c.id(), State.NEW);
            } else if (CatalogWriter.digest(c).equals(stored.get(c.id()))) {
                states.put(c.id(), State.SAME);
            } else {
                states.put(c.id(), State.CHANGED); // until the comparison below says otherwise
                unsure.add(c);
            }
        }
        states("credentials", unsure, CredentialSpec::id, StoredCatalog::sameCredential).forEach((id, state) -> {
            states.put(id, state);
            if (state == State.SAME) {
                undigested.add(id);
            }
        });
        return states;
    }

    private interface Same<T> {
        boolean test(T spec, Map<String, Object> stored);
    }

    /**
     * What replacing each changed learner's record removes (holdings, prior-learning skills, goals, the name), one line
     * per learner that loses anything: a file naming a learner replaces the record whole, which must not go unnoticed.
     */
    List<String> learnerRemovals(List<LearnerSpec> learners, Map<String, State> states) {
        var changed = learners.stream().filter(l -> states.get(l.id()) == State.CHANGED).toList();
        if (changed.isEmpty()) {
            return List.of();
        }
        var stored = stored("learners", changed.stream().map(LearnerSpec::id).toList());
        return changed.stream().map(l -> LearnerRemovals.describe(l, stored.get(l.id()))).filter(Objects::nonNull).toList();
    }

    private Map<String, Map<String, Object>> stored(String section, List<String> ids) {
        var stored = new HashMap<String, Map<String, Object>>();
        client.query(CypherQueries.get("catalog/stored-" + section)).bind(ids).to("ids").fetch().all()
                .forEach(row -> stored.put((String) row.get("id"), row));
        return stored;
    }

    private <T> Map<String, State> states(String section, List<T> entries, Function<T, String> id, Same<T> same) {
        var states = new LinkedHashMap<String, State>();
        if (entries.isEmpty()) {
            return states;
        }
        var stored = stored(section, entries.stream().map(id).filter(Objects::nonNull).distinct().toList());
        for (var entry : entries) {
            var row = stored.get(id.apply(entry));
            states.put(id.apply(entry), row == null ? State.NEW : same.test(entry, row) ? State.SAME : State.CHANGED);
        }
        return states;
    }

    /** The stored properties the writer owns: all but the seed mark ({@link CatalogService#loadSeed}). */
    private static Object owned(Object props) {
        var map = new HashMap<String, Object>(asMap(props));
        map.remove("seed");
        map.remove("contentDigest"); // the writer's bookkeeping, not part of the entry
        return norm(map);
    }

    private static boolean sameProvider(ProviderSpec p, Map<String, Object> stored) {
        return owned(stored.get("props")).equals(norm(CatalogWriter.provider(p)));
    }

    private static boolean sameSkill(SkillSpec s, Map<String, Object> stored) {
        var row = CatalogWriter.skill(s);
        return contains(stored.get("props"), row.get("props")) && set(stored.get("broader")).containsAll(set(row.get("broader")));
    }

    private static boolean sameOccupation(OccupationSpec o, Map<String, Object> stored) {
        var row = CatalogWriter.occupation(o);
        return contains(stored.get("props"), row.get("props")) && set(stored.get("requires")).containsAll(set(row.get("requires")));
    }

    private static boolean sameCredential(CredentialSpec c, Map<String, Object> stored) {
        var row = CatalogWriter.credential(c);
        var kindLabels = new HashSet<>(set(stored.get("labels")));
        kindLabels.retainAll(KIND_LABELS);
        var rules = new RuleRows();
        rules.add(c.id(), RuleRows.PREREQUISITES, c.prerequisites());
        rules.add(c.id(), RuleRows.REQUIREMENTS, c.requirements());
        var roots = rules.roots.stream().map(r -> Map.of("type", r.get("type"), "requirement", r.get("requirement"))).toList();
        var outcomes = CatalogWriter.outcomes(c).stream().map(StoredCatalog::sortedAlignments).toList();
        var storedOutcomes = ((List<?>) stored.get("outcomes")).stream().map(o -> sortedAlignments(asMap(o))).toList();
        return owned(stored.get("props")).equals(norm(row.get("props")))
                && kindLabels.equals(Set.of(row.get("label")))
                && set(stored.get("providers")).equals(c.provider() == null ? Set.of() : Set.of(c.provider()))
                && bag(storedOutcomes).equals(bag(outcomes))
                && bag(stored.get("roots")).equals(bag(roots))
                && bag(stored.get("nodes")).equals(bag(rules.nodes))
                && bag(stored.get("edges")).equals(bag(rules.edges))
                && bag(stored.get("recognisedAs")).equals(bag(c.recognisedAs().stream()
                        .map(r -> Rows.props("credential", r.credential(), "credits", r.credits())).toList()))
                && set(stored.get("precedes")).equals(Set.copyOf(c.precedes()))
                && set(stored.get("sameAs")).equals(Set.copyOf(c.sameAs()));
    }

    /** The outcome with its alignments in skill order (the database gives them in any order). */
    private static Map<String, Object> sortedAlignments(Map<String, Object> outcome) {
        var map = new HashMap<String, Object>(outcome);
        var alignments = map.get("alignments") == null ? List.of() : (List<?>) norm(map.get("alignments"));
        map.put("alignments", alignments.stream().map(String::valueOf).sorted().toList());
        return map;
    }

    private static boolean sameLearner(LearnerSpec l, Map<String, Object> stored) {
        var row = CatalogWriter.learner(l);
        return norm(stored.get("props")).equals(norm(row.get("props")))
                && bag(stored.get("earned")).equals(bag(row.get("earned")))
                && bag(stored.get("skills")).equals(bag(row.get("skills")))
                && bag(stored.get("goals")).equals(bag(row.get("goals")));
    }

    /** Whether every property of {@code expected} is stored with the same value (the writer's {@code SET +=}). */
    private static boolean contains(Object stored, Object expected) {
        var have = asMap(norm(stored));
        return asMap(norm(expected)).entrySet().stream().allMatch(e -> e.getValue().equals(have.get(e.getKey())));
    }

    private static Set<Object> set(Object list) {
        return list == null ? Set.of() : new HashSet<>((List<?>) norm(list));
    }

    /** A multiset, as a sorted list, of normalised elements. */
    private static List<String> bag(Object list) {
        return list == null ? List.of() : ((List<?>) norm(list)).stream().map(String::valueOf).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    /**
     * Values as both sides can be compared: maps sorted and without nulls (a null is never stored), numbers
     * without their Java type (the database gives longs and doubles for what was written as integers and doubles).
     */
    static Object norm(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((k, v) -> {
                var n = norm(v);
                if (n != null) {
                    sorted.put((String) k, n);
                }
            });
            return sorted;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(StoredCatalog::norm).toList();
        }
        if (value instanceof Object[] array) {
            return norm(List.of(array));
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) (long) d : (Object) d;
        }
        return value;
    }
}
