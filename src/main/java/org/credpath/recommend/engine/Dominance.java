package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

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

    /** Indices of the candidates to keep. {@code covers[i]}: the skills i covers; {@code byFirstSkill} skill -> candidates. */
    static List<Integer> keep(List<String> ids, BitSet[] covers, long[] primary, long[] secondary, boolean[] free,
                              Set<Integer> supporters, List<List<Integer>> bySkill) {
        var kept = new ArrayList<Integer>();
        for (int a = 0; a < ids.size(); a++) {
            if (supporters.contains(a) || covers[a].isEmpty() || !dominated(a, ids, covers, primary, secondary, free, bySkill)) {
                kept.add(a);
            }
        }
        return kept;
    }

    private static boolean dominated(int a, List<String> ids, BitSet[] covers, long[] primary, long[] secondary, boolean[] free,
                                     List<List<Integer>> bySkill) {
        int rarest = -1;
        for (int s = covers[a].nextSetBit(0); s >= 0; s = covers[a].nextSetBit(s + 1)) {
            if (rarest < 0 || bySkill.get(s).size() < bySkill.get(rarest).size()) {
                rarest = s;
            }
        }
        for (int b : bySkill.get(rarest)) {
            if (b == a || !free[b] || primary[b] > primary[a] || secondary[b] > secondary[a]) {
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
