package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.Offering;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders chosen credentials into terms: a credential goes into a term only after everything its
 * prerequisites rely on, and a term holds at most {@code termCredits} ECTS (a single larger credential
 * takes a term of its own). List scheduling, longest remaining chain first.
 */
public final class TermScheduler {

    private final double termCredits;

    public TermScheduler(double termCredits) {
        this.termCredits = termCredits;
    }

    public List<CompletionPlan.Term> schedule(List<Offering> chosen, Map<String, Set<String>> needs) {
        var chain = new HashMap<String, Integer>();
        chosen.forEach(o -> chainLength(o.id(), needs, chain));
        var done = new HashSet<String>();
        var left = new ArrayList<>(chosen);
        left.sort(Comparator.comparing((Offering o) -> -chain.get(o.id())).thenComparing(Offering::id));
        var terms = new ArrayList<CompletionPlan.Term>();
        while (!left.isEmpty()) {
            var term = new ArrayList<String>();
            double load = 0;
            for (var it = left.iterator(); it.hasNext(); ) {
                var o = it.next();
                boolean ready = done.containsAll(needs.getOrDefault(o.id(), Set.of()));
                if (ready && (term.isEmpty() || load + o.credits() <= termCredits + 1e-9)) {
                    term.add(o.id());
                    load += o.credits();
                    it.remove();
                }
            }
            if (term.isEmpty()) {
                throw new IllegalStateException("Prerequisites of " + left.get(0).id() + " are not among the plan's earlier credentials");
            }
            done.addAll(term);
            terms.add(new CompletionPlan.Term(terms.size() + 1, load, term));
        }
        return terms;
    }

    /** Number of credentials depending on this one in the longest chain after it (including itself). */
    private static int chainLength(String id, Map<String, Set<String>> needs, Map<String, Integer> memo) {
        var known = memo.get(id);
        if (known != null) {
            return known;
        }
        memo.put(id, 1);
        int longest = 1;
        for (var entry : needs.entrySet()) {
            if (entry.getValue().contains(id)) {
                longest = Math.max(longest, 1 + chainLength(entry.getKey(), needs, memo));
            }
        }
        memo.put(id, longest);
        return longest;
    }
}
