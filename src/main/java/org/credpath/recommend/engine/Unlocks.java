package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.Filter;
import org.credpath.catalog.snapshot.Rule;

/** What taking a credential open now would unlock: closed credentials teaching gap skills only closed ones teach. */
final class Unlocks {

    private final SkillIndex index;

    Unlocks(SkillIndex index) {
        this.index = index;
    }

    /**
     * For each credential open now (by catalog position), the closed credentials teaching a gap skill that only
     * closed ones teach, whose entry rules it alone would meet (with the holdings). Enablers are the credentials a
     * closed one's entry rule names, and the open credentials its filter leaves match; open enablers become candidates.
     */
    Map<Integer, List<NextSteps.Unlock>> of(List<Integer> closed, BitSet reachableLater, BitSet open, Access access) {
        var catalog = index.catalog();
        var result = new HashMap<Integer, List<NextSteps.Unlock>>();
        var extra = new BitSet();
        var openMatching = new HashMap<Filter, List<Integer>>(); // many closed credentials share a filter
        int openCount = open.cardinality();
        for (int x : closed) {
            BitSet gained = null;
            for (int id : index.dense().counts(x)) {
                if (reachableLater.get(id)) {
                    gained = gained == null ? new BitSet() : gained;
                    gained.set(id);
                }
            }
            if (gained == null) {
                continue;
            }
            var gains = NextStepRanker.sortedRefs(index, gained);
            var rule = catalog.prerequisitesAt(x);
            var enablers = new LinkedHashSet<Integer>();
            rule.forEachLeaf(leaf -> {
                if (leaf instanceof Rule.CredentialLeaf c) {
                    int named = catalog.position(c.credential());
                    if (named >= 0 && (open.get(named) || access.openNow(named))) {
                        enablers.add(named);
                    }
                } else if (leaf instanceof Rule.FilterLeaf f) {
                    enablers.addAll(openMatching.computeIfAbsent(f.filter(), filter -> openMatching(filter, open, openCount)));
                }
            });
            var unlocked = catalog.at(x);
            for (int y : enablers) {
                if (y != x && access.entry.met(rule, List.of(catalog.at(y)))) {
                    result.computeIfAbsent(y, key -> new ArrayList<>()).add(new NextSteps.Unlock(unlocked.id(), unlocked.title(), gains));
                    if (!open.get(y)) {
                        extra.set(y);
                    }
                }
            }
        }
        open.or(extra);
        return result;
    }

    /** The positions of the open credentials the filter matches, from whichever side is smaller: the filter's matches or the open ones. */
    private List<Integer> openMatching(Filter filter, BitSet open, int openCount) {
        var catalog = index.catalog();
        var found = new ArrayList<Integer>();
        if (catalog.countMatching(filter) < openCount) {
            catalog.forEachMatching(filter, p -> {
                if (open.get(p)) {
                    found.add(p);
                }
            });
        } else {
            open.stream().filter(p -> catalog.matches(filter, catalog.at(p))).forEach(found::add);
        }
        return found;
    }
}
