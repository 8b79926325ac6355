package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.credpath.catalog.snapshot.Rule;

/**
 * Removes pure supporters a route never needs: candidates that cover no gap skill and serve the entry rules of
 * other candidates only through filter leaves (a code prefix, subject, skill... rather than a named credential).
 * Such a candidate B is dropped when at least {@code M(B)} kept candidates each dominate it: they need nothing
 * (no entry rule left to meet), cost no more on either cost level (ties broken by id, so the order is strict),
 * and count at every filter leaf B counts at, for at least B's credits where a credit sum above the leaf adds them up. {@code M(B)} is the most credentials a
 * route may need at one of B's leaves: the {@code k} of the leaf's at-least-k group, or for an at-least-credits
 * group above it the credits over the fewest credits any candidate brings there (unbounded when that is zero).
 * <p>Why it is exact: take an optimal route that uses B. If at every leaf of B it held {@code M(B)} other matching
 * credentials, those alone would meet every group B helps, and B (covering no gap skill) could go at no extra
 * cost. So at some leaf fewer than {@code M(B)} others are chosen, and some dominator A is not in the route;
 * swapping B for A keeps every entry rule met (the monotone reading only gains items and credits), coverage and
 * cost no worse. Dominators are decided before B in the strict order, so every one counted is itself kept.
 */
final class SupportDominance {

    private SupportDominance() {
    }

    /**
     * Positions among {@code alive} to drop: dominated pure supporters and candidates that neither cover a gap skill nor
     * count at any leaf of {@code rules} (the entry rules left to meet of the alive candidates). {@code strictOrder}: at
     * least the alive candidates, in {@link #strictOrder}.
     */
    static BitSet dropped(Members members, int[] strictOrder, BitSet alive, BitSet[] covers, long[] primary, long[] secondary, boolean[] free,
                          Collection<Rule> rules, EntryRules entry) {
        var all = members.list();
        var leaves = LeafMatches.of(members, alive, rules, entry);
        var signatures = leaves.signatures();
        var specific = leaves.specific();
        var multiplicity = leaves.multiplicity();
        // only pure supporters can be dropped; they are decided in the strict order, each after those before it
        var sorted = Arrays.stream(strictOrder).filter(alive::get).toArray();
        var matchedBy = matchedBy(sorted, signatures, leaves.matchCount());
        var dropped = new BitSet(all.size());
        for (int b : sorted) {
            if (!covers[b].isEmpty() || specific[b]) {
                continue;
            }
            var signature = signatures[b];
            if (signature == null) {
                dropped.set(b); // counts at no leaf of a rule that needs meeting and covers nothing: of no use to a route
                continue;
            }
            int needed = 0;
            int rarest = -1;
            for (int k = 0; k < signature.size; k++) {
                int leaf = signature.leaves[k];
                needed = Math.max(needed, multiplicity.get(leaf));
                if (rarest < 0 || matchedBy[leaf].length < matchedBy[rarest].length) {
                    rarest = leaf;
                }
            }
            if (needed == Integer.MAX_VALUE) {
                continue;
            }
            int dominators = 0;
            for (int a : matchedBy[rarest]) {
                if (a == b) {
                    break;
                }
                if (free[a] && primary[a] <= primary[b] && secondary[a] <= secondary[b] && !dropped.get(a) && signatures[a].covers(signature)
                        && ++dominators >= needed) {
                    dropped.set(b);
                    break;
                }
            }
        }
        return dropped;
    }

    /** Per filter leaf, the candidates counting at it in the strict order: dominators come first, so a scan stops at the candidate. */
    private static int[][] matchedBy(int[] sorted, Signature[] signatures, List<Integer> matchCount) {
        var matchedBy = new int[matchCount.size()][];
        for (int leaf = 0; leaf < matchedBy.length; leaf++) {
            matchedBy[leaf] = new int[matchCount.get(leaf)];
        }
        var filled = new int[matchedBy.length];
        for (int p : sorted) {
            var signature = signatures[p];
            for (int k = 0; signature != null && k < signature.size; k++) {
                int leaf = signature.leaves[k];
                matchedBy[leaf][filled[leaf]++] = p;
            }
        }
        return matchedBy;
    }

    /**
     * Where the alive candidates count in the rules: per candidate its signature over filter leaves (numbered in the order
     * walked, so every signature lists its leaves in rising number) and whether it counts at a credential leaf; per filter
     * leaf how many count there and how many a route could use there.
     */
    private record LeafMatches(Signature[] signatures, boolean[] specific, List<Integer> multiplicity, List<Integer> matchCount) {

        static LeafMatches of(Members members, BitSet alive, Collection<Rule> rules, EntryRules entry) {
            var all = members.list();
            // each filter leaf of each rule is numbered in the order walked, so every signature lists its leaves in rising number
            var signatures = new Signature[all.size()];
            var specific = new boolean[all.size()];
            var multiplicity = new ArrayList<Integer>();
            var matchCount = new ArrayList<Integer>();
            for (var rule : rules) {
                rule.forEachLeafUnder((leaf, path) -> {
                    boolean sumsCredits = path.stream().anyMatch(g -> g.kind() == Rule.Kind.AT_LEAST_CREDITS);
                    boolean filter = leaf instanceof Rule.FilterLeaf;
                    int number = matchCount.size();
                    int[] matches = {0};
                    double[] fewest = {Double.MAX_VALUE};
                    entry.matching(leaf, members, (p, credits) -> {
                        if (!alive.get(p)) {
                            return;
                        }
                        matches[0]++;
                        fewest[0] = Math.min(fewest[0], credits);
                        if (filter) {
                            // credits matter only where a credit sum above the leaf adds them up; elsewhere a match is an item
                            if (signatures[p] == null) {
                                signatures[p] = new Signature();
                            }
                            signatures[p].add(number, sumsCredits ? credits : 0.0);
                        } else {
                            specific[p] = true;
                        }
                    });
                    if (filter) {
                        matchCount.add(matches[0]);
                        multiplicity.add(SupportDominance.multiplicity(path, fewest[0]));
                    }
                });
            }
            return new LeafMatches(signatures, specific, multiplicity, matchCount);
        }
    }

    /**
     * The candidates by primary cost, then secondary cost, then id: the order in which dominators are decided.
     * {@code idRank}: per candidate, a number that orders the candidates as their ids do.
     */
    static int[] strictOrder(BitSet candidates, long[] primary, long[] secondary, int[] idRank) {
        return candidates.stream().boxed().sorted(Comparator.<Integer>comparingLong(i -> primary[i])
                .thenComparingLong(i -> secondary[i]).thenComparingInt(i -> idRank[i])).mapToInt(Integer::intValue).toArray();
    }

    /** The filter leaves a candidate counts at, in rising number, with the credits it brings to each. */
    private static final class Signature {
        int[] leaves = new int[8];
        double[] credits = new double[8];
        int size;

        void add(int leaf, double credit) {
            if (size == leaves.length) {
                leaves = Arrays.copyOf(leaves, 2 * size);
                credits = Arrays.copyOf(credits, 2 * size);
            }
            leaves[size] = leaf;
            credits[size++] = credit;
        }

        /** Whether this candidate counts at every leaf of {@code other} for at least its credits. */
        boolean covers(Signature other) {
            int k = 0;
            for (int j = 0; j < other.size; j++) {
                while (k < size && leaves[k] < other.leaves[j]) {
                    k++;
                }
                if (k == size || leaves[k] != other.leaves[j] || credits[k] < other.credits[j]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The most credentials a route may need at a leaf below the groups on {@code path} (innermost last). */
    private static int multiplicity(List<Rule.Group> path, double fewestCredits) {
        int m = 1;
        if (!path.isEmpty() && path.get(path.size() - 1).kind() == Rule.Kind.AT_LEAST_K_OF) {
            m = Math.max(m, path.get(path.size() - 1).k());
        }
        for (var group : path) {
            if (group.kind() == Rule.Kind.AT_LEAST_CREDITS) {
                if (fewestCredits <= 0) {
                    return Integer.MAX_VALUE;
                }
                m = Math.max(m, (int) Math.min(Integer.MAX_VALUE - 1, Math.ceil(group.credits() / fewestCredits - 1e-9)));
            }
        }
        return m;
    }
}
