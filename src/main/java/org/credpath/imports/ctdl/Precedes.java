package org.credpath.imports.ctdl;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.imports.ctdl.JsonLdGraph.Node;

/** The suggested order among credentials: {@code precedes}, and {@code precededBy} read the other way. */
final class Precedes {

    private final Map<Node, Set<String>> next = new IdentityHashMap<>();
    private final Set<String> dropped = new HashSet<>();
    private final Components components;
    private final Map<Node, String> ids;

    Precedes(JsonLdGraph graph, Components components, Map<Node, String> ids, CtdlFindings findings) {
        this.components = components;
        this.ids = ids;
        for (var node : graph.nodes()) {
            for (var value : node.values("precedes")) {
                link(node, graph.resolve(value), node.iri, JsonLdGraph.reference(value));
            }
            for (var value : node.values("precededBy")) {
                link(graph.resolve(value), node, JsonLdGraph.reference(value), node.iri);
            }
        }
        next.values().forEach(targets -> findings.precedesKept += targets.size());
        findings.precedesNotBetweenCredentials += dropped.size();
    }

    List<String> of(Node node) {
        return List.copyOf(next.getOrDefault(node, Set.of()));
    }

    private void link(Node from, Node to, String fromRef, String toRef) {
        if (from != null && to != null && ids.containsKey(from) && ids.containsKey(to)) {
            next.computeIfAbsent(from, n -> new LinkedHashSet<>()).add(ids.get(to));
        } else if (component(from) || component(to)) {
            // stages, groups or references the source does not describe: an order credpath cannot show between credentials
            dropped.add(fromRef + " -> " + toRef);
        }
    }

    private boolean component(Node node) {
        var role = node == null ? Terms.Role.OTHER : components.role(node);
        return role == Terms.Role.HELD || role == Terms.Role.GROUP || role == Terms.Role.CONDITION;
    }
}
