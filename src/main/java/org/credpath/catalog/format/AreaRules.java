package org.credpath.catalog.format;

import java.util.LinkedHashSet;
import java.util.List;

import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;

/**
 * Checks a group's distribution areas ({@code minAreas}, {@code maxPerArea}, {@code areas}): they apply to a k-of-n or
 * credit-sum node whose children are courses (credential or filter leaves), since only a course carries areas, and
 * {@code minAreas} needs that many areas named, by the node's {@code areas} or its filters' {@code areas}.
 */
final class AreaRules {

    private AreaRules() {
    }

    static void check(Fields f, RuleSpec.Group g) {
        boolean distributed = g.minAreas() != null || g.maxPerArea() != null;
        if (!distributed) {
            if (!g.areas().isEmpty()) {
                f.problem("areas", "a group's areas name the areas minAreas and maxPerArea count; give one of them, "
                        + "or put areas on a filter child to match courses by area");
            }
            return;
        }
        if (g.kind() == RuleKind.ALL_OF) {
            f.problem(g.minAreas() != null ? "minAreas" : "maxPerArea", "an ALL_OF node counts each child once: "
                    + "minAreas and maxPerArea apply to AT_LEAST_K_OF and AT_LEAST_CREDITS nodes");
        }
        if (g.kind() == RuleKind.AT_LEAST_K_OF && g.maxCountedItems() != null) {
            f.problem("maxCountedItems", "an AT_LEAST_K_OF node with distribution areas counts k courses: k says how many, "
                    + "maxPerArea how many from one area");
        }
        for (int i = 0; i < g.children().size(); i++) {
            var child = g.children().get(i);
            if (!(child instanceof RuleSpec.CredentialLeaf) && !(child instanceof RuleSpec.FilterLeaf) && child != null) {
                f.problem("children[" + i + "]", "a node with minAreas or maxPerArea counts courses by their areas, but this child "
                        + (child instanceof RuleSpec.Group ? "is a group" : "is a condition") + ", which carries no area: "
                        + "give the node credential and filter children only");
            }
        }
        var named = named(g);
        if (g.minAreas() != null && named.isEmpty()) {
            f.problem("minAreas", "minAreas = " + g.minAreas() + " but the node names no areas to count: name them "
                    + "(areas: [...]) or filter its children by areas");
        } else if (g.minAreas() != null && g.minAreas() > named.size()) {
            f.problem("minAreas", "minAreas = " + g.minAreas() + " but only " + named.size() + " areas are named ("
                    + String.join(", ", named) + ")");
        }
        if (g.minAreas() != null && g.maxCountedItems() != null && g.kind() == RuleKind.AT_LEAST_CREDITS
                && g.minAreas() > g.maxCountedItems()) {
            f.problem("minAreas", "minAreas = " + g.minAreas() + " but the node counts at most maxCountedItems = "
                    + g.maxCountedItems() + " courses");
        }
        if (g.minAreas() != null && g.k() != null && g.kind() == RuleKind.AT_LEAST_K_OF && g.minAreas() > g.k()) {
            f.problem("minAreas", "minAreas = " + g.minAreas() + " but the node counts k = " + g.k()
                    + " courses, which cover at most " + g.k() + " areas");
        }
    }

    /** The areas a node counts: its own list, or else those its filter children name. */
    static List<String> named(RuleSpec.Group g) {
        if (!g.areas().isEmpty()) {
            return g.areas().stream().distinct().toList();
        }
        var named = new LinkedHashSet<String>();
        g.children().stream().filter(RuleSpec.FilterLeaf.class::isInstance).map(RuleSpec.FilterLeaf.class::cast)
                .forEach(filter -> named.addAll(filter.areas()));
        return List.copyOf(named);
    }
}
