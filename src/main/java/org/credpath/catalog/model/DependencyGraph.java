package org.credpath.catalog.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The credentials a catalog's rules depend on, as a graph ({@code a -> b}: a rule of a names b, or a credential
 * recognised as one it names), followed into the rules already stored for credentials the catalog names but
 * does not define. What it reads from the database it adds to the maps it was given, for {@link Attainability}.
 */
final class DependencyGraph {

    private final Map<String, Attainability.Credential> credentials;
    private final Map<String, List<RecognitionSpec>> recognisedBy;
    private final ReferenceLookup lookup;
    private final Set<String> inCatalog;
    private final Set<String> fetched = new HashSet<>();

    /** {@code credentials} and {@code recognisedBy} hold the catalog's own credentials and recognitions. */
    DependencyGraph(Map<String, Attainability.Credential> credentials, Map<String, List<RecognitionSpec>> recognisedBy,
                    ReferenceLookup lookup) {
        this.credentials = credentials;
        this.recognisedBy = recognisedBy;
        this.lookup = lookup;
        this.inCatalog = Set.copyOf(credentials.keySet());
    }

    Graph<String, DefaultEdge> build() {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        var queue = new ArrayDeque<>(credentials.keySet());
        var seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            var unknown = new HashSet<String>();
            queue.stream().filter(id -> !credentials.containsKey(id) && fetched.add(id)).forEach(unknown::add);
            if (!unknown.isEmpty()) {
                lookup.storedRules(unknown).forEach((id, s) -> credentials.put(id,
                        new Attainability.Credential(s.ects() == null ? 0 : s.ects(), s.prerequisites(), s.requirements())));
            }
            var batch = new ArrayList<>(queue);
            queue.clear();
            for (var id : batch) {
                graph.addVertex(id);
                for (var target : dependencies(id)) {
                    graph.addVertex(target);
                    graph.addEdge(id, target);
                    if (seen.add(target)) {
                        queue.add(target);
                    }
                }
            }
        }
        return graph;
    }

    /** Adds the stored recognitions as any of {@code ids} of credentials outside the catalog (the catalog's own replace theirs). */
    DependencyGraph withStoredRecognitions(Set<String> ids) {
        lookup.storedRecognitions(ids).forEach((id, recognitions) -> recognitions.stream()
                .filter(r -> !inCatalog.contains(r.credential()))
                .forEach(r -> recognisedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(r)));
        return this;
    }

    private Set<String> dependencies(String id) {
        var c = credentials.get(id);
        var targets = new HashSet<String>();
        if (c == null) {
            return targets;
        }
        var named = new HashSet<String>();
        collect(c.prerequisites(), named);
        collect(c.requirements(), named);
        for (var z : named) {
            targets.add(z);
            recognisedBy.getOrDefault(z, List.of()).forEach(r -> targets.add(r.credential()));
        }
        targets.remove(id); // naming itself is reported on its own by the validator
        targets.remove(null);
        return targets;
    }

    private static void collect(RuleSpec rule, Set<String> into) {
        if (rule instanceof RuleSpec.Group g) {
            g.children().forEach(child -> collect(child, into));
        } else if (rule instanceof RuleSpec.CredentialLeaf leaf && leaf.credential() != null) {
            into.add(leaf.credential());
        }
    }
}
