package org.credpath.catalog.snapshot;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The positions of a snapshot's offerings in id order, and per position its place there (its rank): comparing ranks
 * compares ids. Offerings added by an incremental refresh are put in their places by binary search, without sorting
 * the catalog again; a changed offering keeps its id, position and rank.
 */
final class IdOrder {

    private final int[] byId;
    private final int[] rank;

    private IdOrder(int[] byId) {
        this.byId = byId;
        this.rank = new int[byId.length];
        for (int r = 0; r < byId.length; r++) {
            rank[byId[r]] = r;
        }
    }

    static IdOrder of(Offering[] offerings) {
        return new IdOrder(IntStream.range(0, offerings.length).boxed()
                .sorted(Comparator.comparing(p -> offerings[p].id())).mapToInt(Integer::intValue).toArray());
    }

    int rank(int position) {
        return rank[position];
    }

    /** The order of {@code offerings}: this one's offerings (same ids, same positions) and new ones from position {@code size}. */
    IdOrder withAdded(Offering[] offerings, int size) {
        if (offerings.length == size) {
            return this;
        }
        var added = IntStream.range(size, offerings.length).boxed()
                .sorted(Comparator.comparing(p -> offerings[p].id())).mapToInt(Integer::intValue).toArray();
        var merged = new int[offerings.length];
        int from = 0;
        int to = 0;
        for (int p : added) {
            int at = insertionPoint(offerings, offerings[p].id());
            System.arraycopy(byId, from, merged, to, at - from);
            to += at - from;
            from = at;
            merged[to++] = p;
        }
        System.arraycopy(byId, from, merged, to, byId.length - from);
        return new IdOrder(merged);
    }

    private int insertionPoint(Offering[] offerings, String id) {
        int lo = 0;
        int hi = byId.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offerings[byId[mid]].id().compareTo(id) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
