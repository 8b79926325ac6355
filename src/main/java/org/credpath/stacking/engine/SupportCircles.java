package org.credpath.stacking.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.stacking.engine.TreeEncoder.Use;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Which candidates of a plan could support each other's prerequisites in a circle: the strongly
 * connected parts of the graph "this candidate may count toward that one's prerequisites". Only
 * within such a part does the plan need an order to rule out circular support.
 */
final class SupportCircles {

    private final Map<String, Integer> circle = new HashMap<>();

    SupportCircles(Map<String, List<Use>> prerequisiteUses) {
        var graph = new DefaultDirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        prerequisiteUses.forEach((credential, uses) -> {
            graph.addVertex(credential);
            for (var use : uses) {
                if (use.source().chosen() != null) {
                    var supporter = use.source().offering().id();
                    graph.addVertex(supporter);
                    graph.addEdge(supporter, credential);
                }
            }
        });
        var parts = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).size() > 1) {
                for (var id : parts.get(i)) {
                    circle.put(id, i);
                }
            }
        }
    }

    boolean sameCircle(String a, String b) {
        var part = circle.get(a);
        return part != null && part.equals(circle.get(b));
    }
}
