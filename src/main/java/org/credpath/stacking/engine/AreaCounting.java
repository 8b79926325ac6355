package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

import org.credpath.catalog.snapshot.Rule;

/**
 * Which courses a group with distribution areas ({@link Rule.Distribution}) counts, each already given the area it
 * counts for: at most {@code maxPerArea} per area (the best by credits), and of those, when they cover at least
 * {@code minAreas} areas, the best course of each of the {@code minAreas} areas whose best is highest, then the best
 * others up to the node's item limit (k, or {@code maxCountedItems} on a credit sum); when they cover fewer areas,
 * simply the best up to that limit. That keeps the most credits among selections that meet the area rule (exchange
 * argument: a selection opening an area outside those can swap its lowest course there for an unopened one's best).
 * A course with no area counts toward the limit and credits, toward no area. {@link AreaSelection} states the same
 * in CP-SAT.
 */
final class AreaCounting {

    /** The courses counted, best first; {@code possible}: they cover enough areas; {@code areas}: how many they cover. */
    record Selection(List<Candidate> counted, boolean possible, int areas, double credits) {
    }

    private AreaCounting() {
    }

    /** The item limit of a group with distribution areas: k on k-of-n, else maxCountedItems (none: unlimited). */
    static int limit(Rule.Group g) {
        if (g.kind() == Rule.Kind.AT_LEAST_K_OF) {
            return g.k();
        }
        return g.limits().maxCountedItems() == null ? Integer.MAX_VALUE : g.limits().maxCountedItems();
    }

    /** The selection; {@code bestCredits}: ignore the area rule's choice and keep the most credits (the search's bound). */
    static Selection select(Rule.Group g, List<Candidate> placed, boolean bestCredits) {
        var d = g.limits().distribution();
        int perArea = d.maxPerArea() == null ? Integer.MAX_VALUE : d.maxPerArea();
        var sorted = new ArrayList<>(placed);
        sorted.sort(Comparator.comparingDouble(Candidate::credits).reversed());
        var perAreaCount = new HashMap<String, Integer>();
        var capped = new ArrayList<Candidate>();
        var tops = new ArrayList<Candidate>();
        for (var c : sorted) {
            int before = c.area() == null ? 0 : perAreaCount.merge(c.area(), 1, Integer::sum) - 1;
            if (c.area() == null || before < perArea) {
                capped.add(c);
            }
            if (c.area() != null && before == 0) {
                tops.add(c);
            }
        }
        boolean possible = tops.size() >= d.minAreas();
        int limit = limit(g);
        var counted = new ArrayList<Candidate>();
        if (possible && !bestCredits) {
            counted.addAll(tops.subList(0, d.minAreas()));
        }
        for (var c : capped) {
            if (counted.size() >= limit) {
                break;
            }
            if (counted.stream().noneMatch(kept -> kept == c)) {
                counted.add(c);
            }
        }
        var areas = new HashSet<String>();
        counted.forEach(c -> {
            if (c.area() != null) {
                areas.add(c.area());
            }
        });
        double credits = counted.stream().mapToDouble(Candidate::credits).sum();
        return new Selection(counted, possible, areas.size(), credits);
    }
}
