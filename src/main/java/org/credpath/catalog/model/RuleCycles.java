package org.credpath.catalog.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds cycles among credentials through their prerequisite and stacking rules (A needs B, B needs A),
 * following rules already stored in the database where the catalog refers to them. A cycle makes every
 * credential on it unattainable, so it is refused rather than looped on.
 */
final class RuleCycles {

    record Cycle(String path, String message) {
    }

    private final Catalog catalog;
    private final ReferenceLookup lookup;

    RuleCycles(Catalog catalog, ReferenceLookup lookup) {
        this.catalog = catalog;
        this.lookup = lookup;
    }

    List<Cycle> find() {
        var graph = dependencyGraph();
        var cycles = new ArrayList<Cycle>();
        var inspector = new KosarajuStrongConnectivityInspector<>(graph);
        for (var component : inspector.stronglyConnectedSets()) {
            if (component.size() == 1) {
                continue; // no self-loops are added, so a lone credential is no cycle; testing this first keeps big catalogs linear
            }
            var start = component.stream().filter(this::inCatalog).sorted().findFirst().orElse(null);
            if (start == null) {
                continue;
            }
            cycles.add(new Cycle(pathOf(start), "rule cycle: " + String.join(" -> ", cycleThrough(graph, start))
                    + " (each needs the next, so none can be attained)"));
        }
        return cycles;
    }

    private Graph<String, DefaultEdge> dependencyGraph() {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        var pending = new ArrayDeque<String>();
        var seen = new HashSet<String>();
        for (var c : catalog.credentials()) {
            if (c.id() == null) {
                continue;
            }
            seen.add(c.id());
            var named = new HashSet<String>();
            collect(c.prerequisites(), named);
            collect(c.requirements(), named);
            named.remove(c.id()); // naming itself is reported on its own by the validator
            for (var target : named) {
                addEdge(graph, c.id(), target);
                if (seen.add(target)) {
                    pending.add(target);
                }
            }
        }
        // follow stored rules of credentials the catalog names but does not redefine
        while (!pending.isEmpty()) {
            var batch = new HashSet<String>(pending);
            pending.clear();
            for (var entry : lookup.ruleDependencies(batch).entrySet()) {
                for (var target : entry.getValue()) {
                    addEdge(graph, entry.getKey(), target);
                    if (seen.add(target)) {
                        pending.add(target);
                    }
                }
            }
        }
        return graph;
    }

    private static void addEdge(Graph<String, DefaultEdge> graph, String from, String to) {
        graph.addVertex(from);
        graph.addVertex(to);
        graph.addEdge(from, to);
    }

    private static List<String> cycleThrough(Graph<String, DefaultEdge> graph, String start) {
        var best = (List<String>) null;
        for (var edge : graph.outgoingEdgesOf(start)) {
            var next = graph.getEdgeTarget(edge);
            var back = BFSShortestPath.findPathBetween(graph, next, start);
            if (back != null && (best == null || back.getLength() + 1 < best.size())) {
                best = new ArrayList<>();
                best.add(start);
                best.addAll(back.getVertexList());
            }
        }
        return best;
    }

    private static void collect(RuleSpec rule, Set<String> into) {
        if (rule instanceof RuleSpec.Group g) {
            g.children().forEach(child -> collect(child, into));
        } else if (rule instanceof RuleSpec.CredentialLeaf leaf && leaf.credential() != null) {
            into.add(leaf.credential());
        }
    }

    private boolean inCatalog(String id) {
        return catalog.credentials().stream().anyMatch(c -> id.equals(c.id()));
    }

    private String pathOf(String id) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < catalog.credentials().size(); i++) {
            index.putIfAbsent(catalog.credentials().get(i).id(), i);
        }
        return "credentials[" + index.get(id) + "]";
    }
}
