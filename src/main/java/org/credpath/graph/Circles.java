package org.credpath.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The circles of a directed relation: its strongly connected parts with more than one member (every member reaches every
 * other), by JGraphT's Kosaraju inspector. The one answer to every cycle question of the project: which candidates could
 * support each other's entry rules in a circle (plans and routes order only those), which credentials need each other.
 * Framework-free, so the catalog model can use it too.
 */
public final class Circles<V> {

    private final Graph<V, DefaultEdge> graph;
    private final List<Set<V>> circles = new ArrayList<>();
    private final Map<V, Integer> circleOf = new HashMap<>();

    /** The circles of {@code graph} (self-loops make no circle: a part needs two members). */
    public Circles(Graph<V, DefaultEdge> graph) {
        this.graph = graph;
        for (var part : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (part.size() > 1) {
                part.forEach(v -> circleOf.put(v, circles.size()));
                circles.add(part);
            }
        }
    }

    /** The circles of "each key is reached from every value listed for it" ({@code from} -> key). */
    public static <V> Circles<V> ofPredecessors(Map<V, ? extends Collection<V>> predecessors) {
        var graph = new DefaultDirectedGraph<V, DefaultEdge>(DefaultEdge.class);
        predecessors.forEach((to, froms) -> {
            graph.addVertex(to);
            for (var from : froms) {
                graph.addVertex(from);
                graph.addEdge(from, to);
            }
        });
        return new Circles<>(graph);
    }

    /** The circles, each a set of two or more members. */
    public List<Set<V>> circles() {
        return circles;
    }

    /** Whether both lie on one circle (false for anything on none). */
    public boolean sameCircle(V a, V b) {
        var circle = circleOf.get(a);
        return circle != null && circle.equals(circleOf.get(b));
    }

    /** The graph the circles are of, to trace a cycle through a member. */
    public Graph<V, DefaultEdge> graph() {
        return graph;
    }
}
