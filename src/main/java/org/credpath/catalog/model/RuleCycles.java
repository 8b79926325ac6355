package org.credpath.catalog.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.credpath.graph.Circles;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds the rule cycles among credentials (A needs B, B needs A, through entry and stacking rules) that trap
 * their members, following rules already stored in the database where the catalog refers to them. A cycle a
 * learner can leave is accepted: "A needs one of B, C, D; D needs one of A, B, C; B needs only E" is met by
 * taking E, B, then A or D. Only a cycle with members that can never be attained ({@link Attainability}) is
 * refused, naming those members and a cycle among them.
 */
final class RuleCycles {

    record Cycle(String path, String message) {
    }

    private final Catalog catalog;
    private final ReferenceLookup lookup;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Attainability.Credential> credentials = new HashMap<>();
    private final Map<String, List<RecognitionSpec>> recognisedBy = new HashMap<>();

    RuleCycles(Catalog catalog, ReferenceLookup lookup) {
        this.catalog = catalog;
        this.lookup = lookup;
    }

    List<Cycle> find() {
        for (int i = 0; i < catalog.credentials().size(); i++) {
            var c = catalog.credentials().get(i);
            if (c.id() != null && positions.putIfAbsent(c.id(), i) == null) {
                credentials.put(c.id(), new Attainability.Credential(c.ects() == null ? 0 : c.ects(), c.prerequisites(), c.requirements()));
                c.recognisedAs().forEach(r -> recognisedBy.computeIfAbsent(r.credential(), k -> new ArrayList<>())
                        .add(new RecognitionSpec(c.id(), r.credits())));
            }
        }
        var dependencies = new DependencyGraph(credentials, recognisedBy, lookup);
        var graph = dependencies.build();
        var cyclic = cyclicComponents(graph);
        if (cyclic.isEmpty()) {
            return List.of(); // the common case, decided without another look at the database
        }
        var attainable = new Attainability(credentials, recognisedBy).attainable(graph);
        if (cyclic.stream().allMatch(attainable::containsAll)) {
            return List.of();
        }
        // a credential stored outside the file may be recognised as one they name and so free them: look before refusing
        var graphWithStored = dependencies.withStoredRecognitions(Set.copyOf(graph.vertexSet())).build();
        attainable = new Attainability(credentials, recognisedBy).attainable(graphWithStored);
        var cycles = new ArrayList<Cycle>();
        for (var component : cyclicComponents(graphWithStored)) {
            var trapped = new TreeSet<>(component);
            trapped.removeAll(attainable);
            var start = trapped.stream().filter(positions::containsKey).findFirst()
                    .or(() -> new TreeSet<>(component).stream().filter(positions::containsKey).findFirst()).orElse(null);
            if (trapped.isEmpty() || start == null) {
                continue;
            }
            cycles.add(new Cycle("credentials[" + positions.get(start) + "]", message(graphWithStored, component, trapped, start)));
        }
        return cycles;
    }

    /** The strongly connected components of more than one credential with a credential of this catalog in them. */
    private List<Set<String>> cyclicComponents(Graph<String, DefaultEdge> graph) {
        // a circle has two or more members (no self-loops are added, so a lone credential is no cycle)
        return new Circles<>(graph).circles().stream().filter(circle -> circle.stream().anyMatch(positions::containsKey)).toList();
    }

    private static String message(Graph<String, DefaultEdge> graph, Set<String> component, Set<String> trapped, String start) {
        var cycle = cycleThrough(new AsSubgraph<>(graph, trapped), start);
        if (cycle == null) {
            cycle = cycleThrough(new AsSubgraph<>(graph, component), start);
        }
        var free = new TreeSet<>(component);
        free.removeAll(trapped);
        return "rule cycle: " + String.join(" -> ", cycle) + "; " + String.join(", ", trapped) + " can never be attained: every way to meet "
                + (trapped.size() == 1 ? "its rules" : "their rules") + " needs one of them first"
                + (free.isEmpty() ? "" : " (" + String.join(", ", free) + " can be attained, which is not enough)");
    }

    private static List<String> cycleThrough(Graph<String, DefaultEdge> graph, String start) {
        if (!graph.containsVertex(start)) {
            return null;
        }
        List<String> best = null;
        // in id order, so that of two equally short cycles the message names the same one every time
        for (var next : graph.outgoingEdgesOf(start).stream().map(graph::getEdgeTarget).sorted().toList()) {
            var back = BFSShortestPath.findPathBetween(graph, next, start);
            if (back != null && (best == null || back.getLength() + 2 < best.size())) { // best holds the start twice
                best = new ArrayList<>();
                best.add(start);
                best.addAll(back.getVertexList());
            }
        }
        return best;
    }
}
