package org.credpath.catalog.snapshot;

import java.util.BitSet;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which offerings of one snapshot's position array each filter matches, worked out once per filter (the algorithms
 * ask it of every candidate for every filter leaf) with the {@link FilterIndex}. Shared by a snapshot and its
 * prerequisites-as-requirements view (the same offerings); an incremental refresh takes it over, retesting only the
 * changed positions of every filter already worked out, so no request after a small change pays for a filter again.
 */
final class FilterMatches {

    private final Offering[] offerings;
    private final Map<Filter, BitSet> memo;
    private volatile FilterIndex index; // built on the first filter's use, or taken over patched

    FilterMatches(Offering[] offerings) {
        this(offerings, new ConcurrentHashMap<>(), null);
    }

    private FilterMatches(Offering[] offerings, Map<Filter, BitSet> memo, FilterIndex index) {
        this.offerings = offerings;
        this.memo = memo;
        this.index = index;
    }

    /** The matches over {@code offerings}, which differ from this one's only at the {@code changed} positions (or past its end). */
    FilterMatches patched(Offering[] offerings, Collection<Integer> changed) {
        var memo = new ConcurrentHashMap<Filter, BitSet>(Math.max(16, this.memo.size() * 2));
        this.memo.forEach((filter, found) -> {
            var copy = (BitSet) found.clone();
            for (int p : changed) {
                copy.set(p, filter.matches(offerings[p]));
            }
            memo.put(filter, copy);
        });
        var built = index;
        return new FilterMatches(offerings, memo, built == null ? null : built.patched(offerings, changed));
    }

    /** The positions of the offerings the filter matches (not to be changed). */
    BitSet of(Filter filter) {
        return memo.computeIfAbsent(filter, f -> index().matching(f));
    }

    FilterIndex index() {
        var built = index;
        if (built == null) {
            synchronized (this) {
                if (index == null) {
                    index = new FilterIndex(offerings);
                }
                built = index;
            }
        }
        return built;
    }
}
