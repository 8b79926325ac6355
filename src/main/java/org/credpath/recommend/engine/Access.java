package org.credpath.recommend.engine;

import java.util.BitSet;
import java.util.Set;

import org.credpath.catalog.snapshot.SameCourse;
import org.credpath.catalog.snapshot.Selection;

/**
 * What the learner may take now, by catalog position: takeable, not held, allowed by the filters and access, entry rules met.
 * Held covers the other codes of a cross-listed course held under one code: the same course is never a next step again.
 */
final class Access {

    private final SkillIndex index;

    final BitSet held;
    final Selection selection;
    final boolean onlyAccess;
    final BitSet excludedForUnknown = new BitSet(); // ruled out only for not stating what a filter asks about
    final Set<String> enrolled;
    final BitSet enrolledProviders;
    final EntryRules entry;

    Access(SkillIndex index, HeldSkills held, Selection selection, Set<String> enrolled, EntryRules entry) {
        this.index = index;
        this.held = new BitSet(index.catalog().size());
        for (var id : held.credentials()) {
            for (var code : SameCourse.with(index.catalog(), id)) {
                int p = index.catalog().position(code);
                if (p >= 0) {
                    this.held.set(p);
                }
            }
        }
        this.selection = selection;
        this.onlyAccess = selection.onlyAccess();
        this.enrolled = enrolled;
        this.enrolledProviders = index.dense().providers(enrolled);
        this.entry = entry;
    }

    /** Takeable, not held and allowed by the filters and access (entry rules aside). */
    boolean usable(int p) {
        var dense = index.dense();
        if (p < 0 || !dense.takeable(p) || held.get(p)) {
            return false;
        }
        if (!onlyAccess) {
            var exclusion = selection.excludes(index.catalog().at(p), enrolled);
            if (exclusion != null && exclusion.unknown()) {
                excludedForUnknown.set(p);
            }
            return exclusion == null;
        }
        int provider = dense.provider(p);
        return selection.accessible(dense.enrolledOnly(p), provider >= 0 && enrolledProviders.get(provider));
    }

    /**
     * The credentials of {@code candidates} open now. With filters every one is checked (a filter's check notes the
     * credentials ruled out for not stating the attribute); without, by sets: takeable ones not held, not enrolled-only
     * and without an entry rule are open, and of the others only those an entry rule may let in, or enrolled-only at a
     * provider the learner is enrolled at, are checked.
     */
    BitSet openAmong(BitSet candidates) {
        var open = new BitSet(candidates.length());
        if (!onlyAccess) {
            for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
                if (openNow(p)) {
                    open.set(p);
                }
            }
            return open;
        }
        var dense = index.dense();
        var unheld = (BitSet) candidates.clone();
        unheld.and(dense.takeable());
        unheld.andNot(held);
        open.or(unheld);
        open.andNot(dense.gated());
        open.andNot(dense.enrolledOnly());
        var check = dense.gatedMaybeOpen(entry.countsAs());
        check.and(dense.gated());
        check.or(dense.enrolledOnlyAt(enrolledProviders)); // enrolled-only elsewhere: not usable
        check.and(unheld);
        for (int p = check.nextSetBit(0); p >= 0; p = check.nextSetBit(p + 1)) {
            if (openNow(p)) {
                open.set(p);
            }
        }
        return open;
    }

    boolean openNow(int p) {
        return usable(p) && entry.openNow(p);
    }
}
