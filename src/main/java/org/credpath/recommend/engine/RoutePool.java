package org.credpath.recommend.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;

/**
 * The credentials a route may choose from: usable ones (takeable, not held, allowed by filters and
 * access) that teach a gap skill, plus what their entry rules may rely on, transitively; then only those
 * reachable (their entry rules can be met by holdings and other reachable candidates, by a fixpoint of
 * the monotone reading). {@link #needsRule} gives the entry rule of each reachable candidate the holdings
 * alone do not admit. The later steps of a route share {@link #members}, so each leaf's matches are worked out once.
 */
final class RoutePool {

    /** Every usable credential that teaches a gap skill or may serve such a one's entry rule, transitively. */
    final Members members;
    final CatalogSnapshot catalog;
    /** Per position in {@link #members}, its position in {@link #catalog}. */
    final int[] catalogAt;
    /** Positions in {@link #members} whose entry rules can be met. */
    final BitSet reachable;
    /** Per position in {@link #members}: the entry rule when it is reachable and the holdings alone do not meet it, else null. */
    private final Rule[] needsRule;

    RoutePool(SkillIndex index, Iterable<String> gapSkills, Predicate<Offering> usable, EntryRules entry) {
        var catalog = index.catalog();
        this.catalog = catalog;
        var dense = index.dense();
        var looked = new BitSet(catalog.size()); // catalog positions already tested for usability
        var pool = new int[catalog.size()]; // catalog positions, in the order they join
        int[] size = {0};
        IntConsumer consider = at -> {
            if (!looked.get(at)) {
                looked.set(at);
                if (usable.test(catalog.at(at))) {
                    pool[size[0]++] = at;
                }
            }
        };
        for (var skill : gapSkills) {
            for (int at : dense.teachers(dense.skillId(skill))) {
                consider.accept(at);
            }
        }
        var open = new BitSet();
        for (int q = 0; q < size[0]; q++) { // the pool is its own queue: what a member's entry rule may rely on joins behind it
            int at = pool[q];
            if (entry.openNow(at)) {
                open.set(q);
                continue;
            }
            catalog.prerequisitesAt(at).forEachLeaf(leaf -> {
                if (leaf instanceof Rule.CredentialLeaf c) {
                    int p = catalog.position(c.credential());
                    if (p >= 0) {
                        consider.accept(p);
                    }
                } else if (leaf instanceof Rule.FilterLeaf f) {
                    catalog.forEachMatching(f.filter(), consider);
                }
            });
        }
        catalogAt = Arrays.copyOf(pool, size[0]);
        members = Members.of(Arrays.stream(catalogAt).mapToObj(catalog::at).toList());
        // fixpoint: a candidate is reachable when its entry rule is met with holdings and reachable candidates
        var in = (BitSet) open.clone();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = in.nextClearBit(0); i < members.size(); i = in.nextClearBit(i + 1)) {
                if (entry.met(catalog.prerequisitesAt(catalogAt[i]), members, in)) {
                    in.set(i);
                    grew = true;
                }
            }
        }
        needsRule = new Rule[members.size()];
        for (int i = in.nextSetBit(0); i >= 0; i = in.nextSetBit(i + 1)) {
            if (!open.get(i)) {
                needsRule[i] = catalog.prerequisitesAt(catalogAt[i]);
            }
        }
        reachable = in;
    }

    /** The entry rule of the member at the position when the holdings alone do not meet it (and it is reachable), else null. */
    Rule needsRule(int position) {
        return needsRule[position];
    }

    /**
     * Positions in {@link #members}, among {@code alive}, that may count in the entry rule of another alive candidate
     * with an entry rule left to meet.
     */
    BitSet supporters(EntryRules entry, BitSet alive) {
        var result = new BitSet(members.size());
        for (int i = alive.nextSetBit(0); i >= 0; i = alive.nextSetBit(i + 1)) {
            var rule = needsRule[i];
            if (rule != null) {
                int self = i;
                rule.forEachLeaf(leaf -> entry.matching(leaf, members, (position, credits) -> {
                    if (position != self && alive.get(position)) {
                        result.set(position);
                    }
                }));
            }
        }
        return result;
    }
}
