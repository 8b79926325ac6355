package org.credpath.recommend.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * alone do not meet.
 */
final class RoutePool {

    final List<Offering> reachable = new ArrayList<>();
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
        var in = new LinkedHashSet<String>();
        var planned = new Members();
        pool.values().stream().filter(o -> open.get(o.id())).forEach(o -> {
            in.add(o.id());
            planned.add(o);
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var o : pool.values()) {
                if (!in.contains(o.id()) && entry.met(index.catalog().prerequisites(o.id()).orElseThrow(), planned)) {
                    in.add(o.id());
                    planned.add(o);
                    grew = true;
                }
            }
        }
        for (var o : pool.values()) {
            if (in.contains(o.id())) {
                reachable.add(o);
                if (!open.get(o.id())) {
                    needsRule.put(o.id(), index.catalog().prerequisites(o.id()).orElseThrow());
                }
            }
        }
    }

    /** Reachable candidates' ids that may count in the entry rule of some candidate listed in {@code needsRule}. */
    Set<String> supporters(EntryRules entry) {
        var result = new java.util.HashSet<String>();
        var members = Members.of(reachable);
        for (var rule : needsRule.values()) {
            NextStepRanker.leaves(rule, leaf -> entry.matching(leaf, members, (position, credits) -> result.add(members.get(position).id())));
        }
        return result;
    }
}
