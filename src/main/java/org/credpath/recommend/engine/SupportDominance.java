package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.stacking.engine.Offering;
import org.credpath.stacking.engine.Rule;

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
     * count at any leaf of {@code rules} (the entry rules left to meet of the alive candidates).
     */
    static BitSet dropped(Members members, BitSet alive, BitSet[] covers, long[] primary, long[] secondary, boolean[] free,
                          Collection<Rule> rules, EntryRules entry) {
        var all = members.list();
        @SuppressWarnings("unchecked")
        Map<Rule, Double>[] signatures = new Map[all.size()];
        var specific = new boolean[all.size()];
        var multiplicity = new IdentityHashMap<Rule, Integer>();
        var matchedBy = new IdentityHashMap<Rule, List<Integer>>();
        for (var rule : rules) {
            walk(rule, new ArrayList<>(), (leaf, path) -> {
                boolean sumsCredits = path.stream().anyMatch(g -> g.kind() == Rule.Kind.AT_LEAST_CREDITS);
                var matches = new ArrayList<Integer>();
                double[] fewest = {Double.MAX_VALUE};
                entry.matching(leaf, members, (p, credits) -> {
                    if (!alive.get(p)) {
                        return;
                    }
                    matches.add(p);
                    fewest[0] = Math.min(fewest[0], credits);
                    if (leaf instanceof Rule.FilterLeaf) {
                        // credits matter only where a credit sum above the leaf adds them up; elsewhere a match is an item
                        if (signatures[p] == null) {
                            signatures[p] = new IdentityHashMap<>(4);
                        }
                        signatures[p].merge(leaf, sumsCredits ? credits : 0.0, Math::max);
                    } else {
                        specific[p] = true;
                    }
                });
                matchedBy.put(leaf, matches);
                multiplicity.put(leaf, multiplicity(path, fewest[0]));
            });
        }
        // only pure supporters can be dropped; they are decided in the strict order, each after those before it
        var sorted = alive.stream().boxed().sorted(Comparator.<Integer>comparingLong(i -> primary[i])
                .thenComparingLong(i -> secondary[i]).thenComparing(i -> all.get(i).id())).mapToInt(Integer::intValue).toArray();
        var rank = new int[all.size()];
        for (int r = 0; r < sorted.length; r++) {
            rank[sorted[r]] = r;
        }
        matchedBy.replaceAll((leaf, list) -> inOrder(list, rank)); // dominators come first, so a scan stops at the candidate
        var pure = Arrays.stream(sorted).filter(b -> covers[b].isEmpty() && !specific[b]).toArray();
        var dropped = new BitSet(all.size());
        for (int b : pure) {
            var signature = signatures[b];
            if (signature == null) {
                dropped.set(b); // counts at no leaf of a rule that needs meeting and covers nothing: of no use to a route
                continue;
            }
            int needed = 0;
            Rule rarest = null;
            for (var leaf : signature.keySet()) {
                needed = Math.max(needed, multiplicity.get(leaf));
                if (rarest == null || matchedBy.get(leaf).size() < matchedBy.get(rarest).size()) {
                    rarest = leaf;
                }
            }
            if (needed == Integer.MAX_VALUE) {
                continue;
            }
            int dominators = 0;
            for (int a : matchedBy.get(rarest)) {
                if (a == b) {
                    break;
                }
                if (free[a] && primary[a] <= primary[b] && secondary[a] <= secondary[b] && !dropped.get(a) && covers(signatures[a], signature) && ++dominators >= needed) {
                    dropped.set(b);
                    break;
                }
            }
        }
        return dropped;
    }

    private static List<Integer> inOrder(List<Integer> positions, int[] rank) {
        var keys = new long[positions.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = (long) rank[positions.get(k)] << 32 | positions.get(k);
        }
        Arrays.sort(keys);
        var result = new ArrayList<Integer>(keys.length);
        for (long key : keys) {
            result.add((int) key);
        }
        return result;
    }

    private static boolean covers(Map<Rule, Double> a, Map<Rule, Double> b) {
        if (a == null) {
            return false;
        }
        for (var leaf : b.entrySet()) {
            var credits = a.get(leaf.getKey());
            if (credits == null || credits < leaf.getValue()) {
                return false;
            }
        }
        return true;
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

    private interface LeafVisitor {
        void leaf(Rule leaf, List<Rule.Group> path);
    }

    private static void walk(Rule rule, List<Rule.Group> path, LeafVisitor visitor) {
        if (rule instanceof Rule.Group g) {
            path.add(g);
            g.children().forEach(child -> walk(child, path, visitor));
            path.remove(path.size() - 1);
        } else {
            visitor.leaf(rule, path);
        }
    }
}
