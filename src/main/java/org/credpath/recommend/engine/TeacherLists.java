package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.Offering;

/** The skill index's teacher lists: their order, and how one is patched in place. */
final class TeacherLists {

    private TeacherLists() {
    }

    static final Comparator<Offering> CHEAPEST = Comparator.comparing(Offering::ects, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(Offering::price, Comparator.nullsLast(Comparator.<Double>naturalOrder())).thenComparing(Offering::id); // unknown last

    /** The sorted list without {@code removed} and with {@code added}, each put in its place by binary search (no sort). */
    static List<Offering> patched(List<Offering> sorted, List<Offering> removed, List<Offering> added) {
        var list = new ArrayList<>(sorted);
        for (var o : removed) {
            int at = Collections.binarySearch(list, o, CHEAPEST);
            if (at >= 0) {
                list.remove(at);
            }
        }
        for (var o : added) {
            int at = Collections.binarySearch(list, o, CHEAPEST);
            list.add(at < 0 ? -at - 1 : at, o);
        }
        return list;
    }

    static Map<String, List<Offering>> nonEmpty(Map<String, List<Offering>> lists) {
        var result = new HashMap<String, List<Offering>>();
        lists.forEach((k, v) -> {
            if (!v.isEmpty()) {
                result.put(k, v);
            }
        });
        return result;
    }

    /**
     * A patched list in position order: the one before without the changed positions, merged with the changed ones the
     * list now has (sorted: a few), so a long list costs a pass, not a sort.
     */
    static int[] byPosition(int[] list, int[] before, java.util.BitSet changedAt) {
        var changed = java.util.Arrays.stream(list).filter(changedAt::get).sorted().toArray();
        var merged = new int[list.length];
        int i = 0;
        int k = 0;
        for (int p : before) {
            if (changedAt.get(p)) {
                continue;
            }
            while (k < changed.length && changed[k] < p) {
                merged[i++] = changed[k++];
            }
            merged[i++] = p;
        }
        while (k < changed.length) {
            merged[i++] = changed[k++];
        }
        return merged;
    }
}
