package org.credpath.imports.ctdl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.imports.ctdl.JsonLdGraph.Node;
import org.credpath.imports.ctdl.JsonLdGraph.Value;
import org.credpath.imports.ctdl.Terms.Role;

/**
 * Which resources are pathway components and what each becomes. A resource is a component when its class is a
 * {@code ...Component}, or when it is of a credential, course or assessment class and a pathway, component or
 * condition points at it structurally (the CompTIA stack uses {@code ceterms:Certification} itself); a resource
 * that components only stand for ({@code ceterms:proxyFor}) just lends them what they lack (code, credits).
 * A course or assessment component with no name, code or proxy of its own whose conditions name other
 * components is a placeholder for a choice ("Selection of one course from ...") and is read as a group.
 */
final class Components {

    /** A reference as written and the node it resolves to (null when the source does not describe it). */
    record Ref(Value value, Node node) {
    }

    static final List<String> STRUCTURAL = List.of("hasDestinationComponent", "hasPart", "hasChild", "targetComponent",
            "prerequisite", "precedes", "precededBy");

    private final JsonLdGraph graph;
    private final Map<Node, Role> roles = new IdentityHashMap<>();
    private final Map<Node, List<Ref>> inverseChildren = new IdentityHashMap<>();
    private final Map<Node, Node> inverseDestination = new IdentityHashMap<>();
    final List<Node> pathways = new ArrayList<>();
    final List<Node> held = new ArrayList<>();

    Components(JsonLdGraph graph) {
        this.graph = graph;
        var referenced = structurallyReferenced();
        for (var node : graph.nodes()) {
            var role = declaredRole(node);
            var component = node.types.stream().anyMatch(Terms::isComponentClass) || referenced.containsKey(node);
            if ((role == Role.HELD || role == Role.GROUP || role == Role.CONDITION) && !component) {
                role = Role.OTHER;
            }
            if (role == Role.HELD && placeholder(node)) {
                role = Role.GROUP;
            }
            roles.put(node, role);
            if (role == Role.PATHWAY) {
                pathways.add(node);
            } else if (role == Role.HELD) {
                held.add(node);
            }
        }
        for (var node : graph.nodes()) {
            node.values("isChildOf").forEach(v -> {
                var parent = graph.resolve(v);
                if (parent != null) {
                    inverseChildren.computeIfAbsent(parent, p -> new ArrayList<>()).add(new Ref(v, node));
                }
            });
            for (var property : List.of("isDestinationComponentOf", "isDestinationComponentFor")) {
                node.values(property).forEach(v -> {
                    var pathway = graph.resolve(v);
                    if (pathway != null) {
                        inverseDestination.putIfAbsent(pathway, node);
                    }
                });
            }
        }
    }

    Role role(Node node) {
        return roles.getOrDefault(node, Role.OTHER);
    }

    /** The node's children: its {@code hasChild} and the components that say they are its children ({@code isChildOf}). */
    List<Ref> children(Node node) {
        var children = new ArrayList<Ref>();
        var seen = Collections.newSetFromMap(new IdentityHashMap<Node, Boolean>());
        for (var value : node.values("hasChild")) {
            var child = graph.resolve(value);
            if (child == null || seen.add(child)) {
                children.add(new Ref(value, child));
            }
        }
        for (var ref : inverseChildren.getOrDefault(node, List.of())) {
            if (seen.add(ref.node())) {
                children.add(ref);
            }
        }
        return children;
    }

    /** The pathway's destination component, stated or inverse; null when it has none the source describes. */
    Ref destination(Node pathway) {
        for (var value : pathway.values("hasDestinationComponent")) {
            return new Ref(value, graph.resolve(value));
        }
        var inverse = inverseDestination.get(pathway);
        return inverse == null ? null : new Ref(null, inverse);
    }

    /** Every node reachable from {@code start} through structure and conditions, in breadth-first order. */
    Set<Node> reachable(Node start) {
        var seen = new LinkedHashSet<Node>();
        var queue = new ArrayDeque<Node>();
        queue.add(start);
        while (!queue.isEmpty()) {
            var node = queue.poll();
            if (!seen.add(node)) {
                continue;
            }
            if (role(node) == Role.PATHWAY) {
                var destination = destination(node);
                if (destination != null && destination.node() != null) {
                    queue.add(destination.node());
                }
            }
            children(node).stream().map(Ref::node).filter(n -> n != null).forEach(queue::add);
            neighbours(node).forEach(queue::add);
        }
        return seen;
    }

    private List<Node> neighbours(Node node) {
        var result = new ArrayList<Node>();
        for (var property : List.of("hasCondition", "hasPart", "targetComponent", "prerequisite")) {
            node.values(property).stream().map(graph::resolve).filter(n -> n != null).forEach(result::add);
        }
        return result;
    }

    private Map<Node, Boolean> structurallyReferenced() {
        var referenced = new IdentityHashMap<Node, Boolean>();
        var queue = new ArrayDeque<Node>();
        graph.nodes().stream().filter(n -> n.types.stream().anyMatch(t -> Terms.isComponentClass(t) || t.equals("Pathway")))
                .forEach(queue::add);
        var visited = Collections.newSetFromMap(new IdentityHashMap<Node, Boolean>());
        while (!queue.isEmpty()) {
            var node = queue.poll();
            if (!visited.add(node)) {
                continue;
            }
            for (var property : STRUCTURAL) {
                node.values(property).stream().map(graph::resolve).filter(n -> n != null).forEach(n -> {
                    referenced.put(n, true);
                    queue.add(n);
                });
            }
            // conditions, typed or not, name components through targetComponent
            node.values("hasCondition").stream().map(graph::resolve).filter(n -> n != null).forEach(queue::add);
        }
        return referenced;
    }

    private static Role declaredRole(Node node) {
        var best = Role.OTHER;
        for (var type : node.types) {
            var role = Terms.role(type);
            if (role.ordinal() < best.ordinal()) {
                best = role;
            }
        }
        return best;
    }

    private static boolean placeholder(Node node) {
        var courseLike = node.types.stream().anyMatch(t -> t.equals("CourseComponent") || t.equals("AssessmentComponent"));
        return courseLike && !node.has("name") && !node.has("codedNotation") && !node.has("proxyFor")
                && node.has("hasCondition");
    }

    /** Components by the file that first describes them, for the per-file summary. */
    Map<String, Integer> componentsPerFile() {
        var counts = new HashMap<String, Integer>();
        roles.forEach((node, role) -> {
            if (role != Role.OTHER && role != Role.CONSTRAINT && role != Role.COMPONENT_CONDITION) {
                node.describedIn.stream().distinct().forEach(file -> counts.merge(file, 1, Integer::sum));
            }
        });
        return counts;
    }
}
