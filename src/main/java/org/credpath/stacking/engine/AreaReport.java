package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.stacking.engine.AuditResult.AreaCount;

/** What an audit says about a group with distribution areas: what counted per area, how far it is, why a course did not count. */
final class AreaReport {

    private AreaReport() {
    }

    /** The holdings counted per area, areas in name order, those counted toward no area last. */
    static List<AreaCount> byArea(TreeEvaluator.NodeResult result, List<Holding> holdings) {
        var byArea = new LinkedHashMap<String, List<String>>();
        result.used().stream().sorted(Comparator.comparing(Candidate::area, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(c -> byArea.computeIfAbsent(c.area(), a -> new ArrayList<>()).add(holdings.get(c.holding()).credential()));
        var counts = new ArrayList<AreaCount>();
        byArea.forEach((area, credentials) -> counts.add(new AreaCount(area, List.copyOf(credentials))));
        return counts;
    }

    /** "3 of 4 courses but only 2 of the 3 areas needed (HA, LA); 1 counts toward no area (it carries none of LA, HA, SA, NS)". */
    static String detail(Rule.Group g, TreeEvaluator.NodeResult result) {
        var d = g.limits().distribution();
        var covered = result.used().stream().map(Candidate::area).filter(a -> a != null).distinct().sorted().toList();
        int areas = covered.size();
        var text = new StringBuilder(g.kind() == Rule.Kind.AT_LEAST_K_OF
                ? result.metItems() + " of " + g.k() + " courses"
                : number(result.counted()) + " of " + number(g.credits()) + " credits");
        if (d.minAreas() > 0) {
            text.append(areas < d.minAreas() && !itemsShort(g, result) ? " but only " : ", ")
                    .append(areas).append(" of the ").append(d.minAreas()).append(" areas needed");
            if (!covered.isEmpty()) {
                text.append(" (").append(String.join(", ", covered)).append(')');
            }
        }
        if (d.maxPerArea() != null) {
            text.append("; at most ").append(d.maxPerArea()).append(" per area count");
        }
        long none = result.used().stream().filter(c -> c.area() == null).count();
        if (none > 0) {
            text.append("; ").append(none).append(none == 1 ? " counts" : " count").append(" toward no area (")
                    .append(none == 1 ? "it carries" : "they carry").append(" none of ")
                    .append(d.areas().isEmpty() ? "the areas" : String.join(", ", d.areas().stream().sorted().toList()))
                    .append(": an unknown area is not a match)");
        }
        return text.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 1000) / 1000.0);
    }

    private static boolean itemsShort(Rule.Group g, TreeEvaluator.NodeResult result) {
        return g.kind() == Rule.Kind.AT_LEAST_K_OF ? result.metItems() < g.k() : result.counted() < g.credits() - 1e-9;
    }

    /**
     * Why a holding placed at a group with distribution areas did not count there: its area already counts
     * {@code maxPerArea} courses. Empty when that is not why.
     */
    static Optional<String> areaFull(IndexedTree tree, Candidate placed, Map<Rule, TreeEvaluator.NodeResult> details) {
        var g = tree.areaGroup(placed.leaf());
        if (g == null || placed.area() == null || g.limits().distribution().maxPerArea() == null) {
            return Optional.empty();
        }
        long there = details.get(g).used().stream().filter(c -> placed.area().equals(c.area())).count();
        if (there < g.limits().distribution().maxPerArea()) {
            return Optional.empty();
        }
        return Optional.of("counts for area " + placed.area() + " in '" + (g.label() != null ? g.label() : g.id())
                + "', which already counts " + there + " from " + placed.area() + " (at most "
                + g.limits().distribution().maxPerArea() + " per area)");
    }
}
