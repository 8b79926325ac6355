package org.credpath.recommend.engine;

import java.util.BitSet;
import java.util.List;

/**
 * Removes candidates a set-cover optimum never needs. B dominates A when B covers every skill A covers,
 * costs no more on the primary and secondary costs, needs nothing (its entry rules are met or it has
 * none), and is strictly better somewhere or, all equal, has the smaller id. That is a strict partial
 * order, so every removed candidate has an undominated dominator left, and swapping A for it keeps a
 * solution feasible and no worse on every objective level. Candidates that may serve another's entry
 * rules are kept whatever their coverage.
 */
final class Dominance {

    private Dominance() {
    }

    /**
     * The candidates to keep among {@code alive} (dominators are looked for among them too). {@code covers[i]}: the
     * skills i covers; {@code bySkill}: skill -> candidates.
     */
    static BitSet keep(List<String> ids, BitSet alive, BitSet[] covers, long[] primary, long[] secondary, boolean[] free,
                       BitSet supporters, List<List<Integer>> bySkill) {
        var kept = new BitSet(ids.size());
        for (int a = alive.nextSetBit(0); a >= 0; a = alive.nextSetBit(a + 1)) {
            if (supporters.get(a) || covers[a].isEmpty() || !dominated(a, ids, alive, covers, primary, secondary, free, bySkill)) {
                kept.set(a);
            }
        }
        return kept;
    }

    private static boolean dominated(int a, List<String> ids, BitSet alive, BitSet[] covers, long[] primary, long[] secondary, boolean[] free,
                                     List<List<Integer>> bySkill) {
        int rarest = -1;
        for (int s = covers[a].nextSetBit(0); s >= 0; s = covers[a].nextSetBit(s + 1)) {
            if (rarest < 0 || bySkill.get(s).size() < bySkill.get(rarest).size()) {
                rarest = s;
            }
        }
        for (int b : bySkill.get(rarest)) {
            if (b == a || !alive.get(b) || !free[b] || primary[b] > primary[a] || secondary[b] > secondary[a]) {
                continue;
            }
            var missing = (BitSet) covers[a].clone();
            missing.andNot(covers[b]);
            if (!missing.isEmpty()) {
                continue;
            }
            boolean strictly = primary[b] < primary[a] || secondary[b] < secondary[a] || covers[b].cardinality() > covers[a].cardinality();
            if (strictly || ids.get(b).compareTo(ids.get(a)) < 0) {
                return true;
            }
        }
        return false;
    }
}
