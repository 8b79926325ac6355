package org.credpath.catalog.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.graph.Circles;

/**
 * Checks that the {@code before} timing of rule nodes can be kept: a node that must be complete before the learner starts
 * X cannot count X itself, and the order it implies (every credential the node names comes before X) has no cycle
 * ("A before B" in one node, "B before A" in another), which no learner could ever follow.
 */
final class BeforeOrder {

    private BeforeOrder() {
    }

    static List<CatalogProblem> check(Catalog catalog) {
        var problems = new ArrayList<CatalogProblem>();
        var comesBefore = new HashMap<String, Set<String>>(); // X -> credentials that must come before it
        var where = new HashMap<String, String>(); // X -> the path of a node saying so
        for (int i = 0; i < catalog.credentials().size(); i++) {
            var requirements = catalog.credentials().get(i).requirements();
            walk(requirements, "credentials[" + i + "].requirements", comesBefore, where, problems);
        }
        for (var circle : Circles.ofPredecessors(comesBefore).circles()) {
            var members = circle.stream().sorted().toList();
            var at = members.stream().filter(where::containsKey).findFirst().map(where::get).orElse("credentials");
            problems.add(new CatalogProblem(at, "cycle of 'before' timing: " + String.join(", ", members)
                    + " would each have to be taken before another of them"));
        }
        return problems;
    }

    private static void walk(RuleSpec rule, String path, Map<String, Set<String>> comesBefore, Map<String, String> where,
                             List<CatalogProblem> problems) {
        if (!(rule instanceof RuleSpec.Group g)) {
            return;
        }
        if (g.before() != null) {
            var named = new LinkedHashSet<String>();
            named(g, named);
            if (named.contains(g.before())) {
                problems.add(new CatalogProblem(path + ".before", "'" + g.before() + "' counts in this node, which must be "
                        + "complete before '" + g.before() + "' is started"));
                named.remove(g.before());
            }
            comesBefore.computeIfAbsent(g.before(), x -> new LinkedHashSet<>()).addAll(named);
            where.putIfAbsent(g.before(), path + ".before");
        }
        for (int i = 0; i < g.children().size(); i++) {
            walk(g.children().get(i), path + ".children[" + i + "]", comesBefore, where, problems);
        }
    }

    private static void named(RuleSpec rule, Set<String> named) {
        if (rule instanceof RuleSpec.CredentialLeaf leaf && leaf.credential() != null) {
            named.add(leaf.credential());
        } else if (rule instanceof RuleSpec.Group g) {
            g.children().forEach(child -> named(child, named));
        }
    }
}
