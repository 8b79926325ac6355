package org.credpath.recommend.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.credpath.stacking.engine.Offering;
import org.credpath.stacking.engine.Rule;

/**
 * The credentials a route may choose from: usable ones (takeable, not held, allowed by filters and
 * access) that teach a gap skill, plus what their entry rules may rely on, transitively; then only those
 * reachable (their entry rules can be met by holdings and other reachable candidates, by a fixpoint of
 * the monotone reading). {@code needsRule} lists reachable candidates whose entry rules the holdings
 * alone do not meet. The later steps of a route share {@link #members}, so each leaf's matches are worked out once.
 */
final class RoutePool {

    /** Every usable credential that teaches a gap skill or may serve such a one's entry rule, transitively. */
    final Members members;
    /** Positions in {@link #members} whose entry rules can be met. */
    final BitSet reachable;
    final Map<String, Rule> needsRule = new LinkedHashMap<>();

    RoutePool(SkillIndex index, Iterable<String> gapSkills, Predicate<Offering> usable, EntryRules entry) {
        var pool = new LinkedHashMap<String, Offering>();
        var open = new HashMap<String, Boolean>();
        var queue = new ArrayDeque<Offering>();
        for (var skill : gapSkills) {
            for (var o : index.teachers(skill)) {
                if (!pool.containsKey(o.id()) && usable.test(o)) {
                    pool.put(o.id(), o);
                    queue.add(o);
                }
            }
        }
        var filterMatches = new IdentityHashMap<Rule.FilterLeaf, List<Offering>>();
        while (!queue.isEmpty()) {
            var o = queue.poll();
            boolean isOpen = open.computeIfAbsent(o.id(), entry::openNow);
            if (isOpen) {
                continue;
            }
            NextStepRanker.leaves(index.catalog().prerequisites(o.id()).orElseThrow(), leaf -> {
                var found = new ArrayList<Offering>();
                if (leaf instanceof Rule.CredentialLeaf c) {
                    index.catalog().offering(c.credential()).ifPresent(found::add);
                } else if (leaf instanceof Rule.FilterLeaf f) {
                    found.addAll(filterMatches.computeIfAbsent(f, k -> index.catalog().matching(k.filter())));
                }
                for (var s : found) {
                    if (!pool.containsKey(s.id()) && usable.test(s)) {
                        pool.put(s.id(), s);
                        queue.add(s);
                    }
                }
            });
        }
        // fixpoint: a candidate is reachable when its entry rule is met with holdings and reachable candidates
        members = Members.of(pool.values());
        var in = new BitSet(members.size());
        for (int i = 0; i < members.size(); i++) {
            in.set(i, open.get(members.get(i).id()));
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = in.nextClearBit(0); i < members.size(); i = in.nextClearBit(i + 1)) {
                if (entry.met(index.catalog().prerequisites(members.get(i).id()).orElseThrow(), members, in)) {
                    in.set(i);
                    grew = true;
                }
            }
        }
        for (int i = in.nextSetBit(0); i >= 0; i = in.nextSetBit(i + 1)) {
            var o = members.get(i);
            if (!open.get(o.id())) {
                needsRule.put(o.id(), index.catalog().prerequisites(o.id()).orElseThrow());
            }
        }
        reachable = in;
    }

    /**
     * Positions in {@link #members}, among {@code alive}, that may count in the entry rule of another alive candidate
     * listed in {@code needsRule}.
     */
    BitSet supporters(EntryRules entry, BitSet alive) {
        var result = new BitSet(members.size());
        for (int i = alive.nextSetBit(0); i >= 0; i = alive.nextSetBit(i + 1)) {
            var rule = needsRule.get(members.get(i).id());
            if (rule != null) {
                int self = i;
                NextStepRanker.leaves(rule, leaf -> entry.matching(leaf, members, (position, credits) -> {
                    if (position != self && alive.get(position)) {
                        result.set(position);
                    }
                }));
            }
        }
        return result;
    }
}
