package org.credpath.catalog.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.credpath.catalog.snapshot.CatalogSnapshot.Recognition;

/**
 * Applies an incremental refresh to a snapshot in time proportional to the change (plus a flat copy of the
 * per-position arrays, a few milliseconds at a million credentials): a changed credential keeps its position and a new
 * one takes the next free one, so the id-keyed maps ({@link LayeredMap}) take only the changed entries, the filter
 * index and memo ({@link FilterMatches}) retest only the changed positions and the id order places only the new ids.
 * A credential that is gone would shift positions: that change is left to a whole rebuild.
 */
final class SnapshotPatch {

    /** What a snapshot is made of. */
    record Parts(LayeredMap<String, Offering> offerings, LayeredMap<String, Rule> requirements, LayeredMap<String, Rule> prerequisites,
                 LayeredMap<String, List<Recognition>> recognitionsFrom, LayeredMap<String, List<Recognition>> recognitionsTo,
                 LayeredMap<String, Integer> positions, Offering[] byPosition, Rule[] requirementsAt, Rule[] prerequisitesAt,
                 List<List<Recognition>> recognitionsFromAt, List<List<Recognition>> recognitionsToAt, BitSet recognised) {
    }

    /** The positions whose recognition lists are not empty. */
    static BitSet recognised(List<List<Recognition>> recognitionsFromAt) {
        var recognised = new BitSet(recognitionsFromAt.size());
        for (int p = 0; p < recognitionsFromAt.size(); p++) {
            recognised.set(p, !recognitionsFromAt.get(p).isEmpty());
        }
        return recognised;
    }

    private SnapshotPatch() {
    }

    /** {@link CatalogSnapshot#withChanges}. */
    static CatalogSnapshot apply(CatalogSnapshot old, Set<String> ids, CatalogSnapshot changed) {
        var added = new TreeSet<String>();
        for (var id : ids) {
            boolean held = old.position(id) >= 0;
            if (held && changed.offering(id).isEmpty()) {
                return null;
            }
            if (!held && changed.offering(id).isPresent()) {
                added.add(id);
            }
        }
        int n = old.size() + added.size();
        var positions = new HashMap<String, Integer>();
        for (var id : added) {
            positions.put(id, old.size() + positions.size());
        }
        var byPosition = Arrays.copyOf(old.byPosition, n);
        var requirementsAt = Arrays.copyOf(old.requirementsAt, n);
        var prerequisitesAt = old.prerequisitesAt == null ? new Rule[n] : Arrays.copyOf(old.prerequisitesAt, n);
        var fromAt = new ArrayList<>(old.recognitionsFromAt);
        var toAt = new ArrayList<>(old.recognitionsToAt);
        for (int p = old.size(); p < n; p++) {
            fromAt.add(List.of());
            toAt.add(List.of());
        }
        var allPositions = old.positions.with(positions, List.of());
        var changedPositions = new ArrayList<Integer>();
        for (var id : ids) {
            var offering = changed.offering(id).orElse(null);
            if (offering != null) {
                int p = allPositions.get(id);
                changedPositions.add(p);
                byPosition[p] = offering;
                requirementsAt[p] = changed.requirements(id).orElse(null);
                prerequisitesAt[p] = changed.prerequisites(id).orElse(null);
                fromAt.set(p, changed.recognitionsFrom(id));
            }
        }
        var recognised = (BitSet) old.recognised.clone();
        changedPositions.forEach(p -> recognised.set(p, !fromAt.get(p).isEmpty()));
        var to = recognitionsTo(old, ids, changed);
        to.forEach((credential, list) -> {
            var at = allPositions.get(credential);
            if (at != null) {
                toAt.set(at, list);
            }
        });
        var parts = new Parts(old.offerings.with(changed.offerings, gone(ids, changed.offerings)),
                replaced(old.requirements, ids, changed.requirements), replaced(old.prerequisites, ids, changed.prerequisites),
                replaced(old.recognitionsFrom, ids, changed.recognitionsFrom),
                old.recognitionsTo.with(nonEmpty(to), emptyKeys(to)), allPositions, byPosition, requirementsAt, prerequisitesAt,
                fromAt, toAt, recognised);
        var order = old.idOrderIfBuilt();
        return new CatalogSnapshot(parts, old.matches.patched(byPosition, changedPositions),
                order == null ? null : order.withAdded(byPosition, old.size()), old.lineage, unknownCosts(old, ids, changed));
    }

    /**
     * The stand-in costs (the highest known cost plus 1) after the change, without a pass over the catalog: the old
     * highest, or a changed credential's new cost above it; 0 (worked out again on first use) when a changed credential
     * held the old highest (it may have been the only one), or when the old one was not worked out.
     */
    private static double[] unknownCosts(CatalogSnapshot old, Set<String> ids, CatalogSnapshot changed) {
        var costs = new double[CostMetric.values().length];
        for (var metric : CostMetric.values()) {
            double before = old.unknownCostIfBuilt(metric);
            boolean heldHighest = ids.stream().map(id -> old.offering(id).map(metric::known).orElse(null))
                    .anyMatch(cost -> cost != null && cost + 1 >= before);
            if (before == 0 || heldHighest) {
                continue;
            }
            double highest = before - 1;
            for (var id : ids) {
                var cost = changed.offering(id).map(metric::known).orElse(null);
                highest = cost != null && cost > highest ? cost : highest;
            }
            costs[metric.ordinal()] = highest + 1;
        }
        return costs;
    }

    /** The map with the entries of {@code ids} replaced by {@code changed}'s (removed where it has none). */
    private static <V> LayeredMap<String, V> replaced(LayeredMap<String, V> map, Set<String> ids, Map<String, V> changed) {
        var puts = new HashMap<String, V>();
        ids.forEach(id -> {
            var value = changed.get(id);
            if (value != null) {
                puts.put(id, value);
            }
        });
        return map.with(puts, gone(ids, changed));
    }

    private static List<String> gone(Set<String> ids, Map<String, ?> changed) {
        return ids.stream().filter(id -> !changed.containsKey(id)).toList();
    }

    /**
     * The recognitions as each credential that the changed credentials were or are now recognised as, for those
     * credentials only: the old list without the changed credentials' entries, then their new ones.
     */
    private static Map<String, List<Recognition>> recognitionsTo(CatalogSnapshot old, Set<String> ids, CatalogSnapshot changed) {
        var touched = new HashSet<String>();
        for (var id : ids) {
            old.recognitionsFrom(id).forEach(r -> touched.add(r.to()));
            changed.recognitionsFrom(id).forEach(r -> touched.add(r.to()));
        }
        var result = new HashMap<String, List<Recognition>>();
        for (var credential : touched) {
            var list = new ArrayList<Recognition>();
            old.recognitionsTo(credential).stream().filter(r -> !ids.contains(r.from())).forEach(list::add);
            changed.recognitionsTo(credential).stream().filter(r -> ids.contains(r.from())).forEach(list::add);
            result.put(credential, List.copyOf(list));
        }
        return result;
    }

    private static Map<String, List<Recognition>> nonEmpty(Map<String, List<Recognition>> lists) {
        var result = new HashMap<String, List<Recognition>>();
        lists.forEach((k, v) -> {
            if (!v.isEmpty()) {
                result.put(k, v);
            }
        });
        return result;
    }

    private static Collection<String> emptyKeys(Map<String, List<Recognition>> lists) {
        return lists.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }
}
