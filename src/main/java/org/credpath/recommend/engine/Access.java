package org.credpath.recommend.engine;

import java.util.BitSet;
import java.util.Set;

/** What the learner may take now, by catalog position: takeable, not held, allowed by the filters and access, entry rules met. */
final class Access {

    private final SkillIndex index;

    final BitSet held;
    final Filters filters;
    final boolean onlyAccess;
    final Set<String> enrolled;
    final BitSet enrolledProviders;
    final EntryRules entry;

    Access(SkillIndex index, HeldSkills held, Filters filters, Set<String> enrolled, EntryRules entry) {
        this.index = index;
        this.held = new BitSet(index.catalog().size());
        for (var id : held.credentials()) {
            int p = index.catalog().position(id);
            if (p >= 0) {
                this.held.set(p);
            }
        }
        this.filters = filters;
        this.onlyAccess = filters.onlyAccess();
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
            return filters.excludes(index.catalog().at(p), index, enrolled) == null;
        }
        int provider = dense.provider(p);
        return Filters.accessible(dense.enrolledOnly(p), filters.openAccessOnly(), provider >= 0 && enrolledProviders.get(provider));
    }

    boolean openNow(int p) {
        return usable(p) && entry.openNow(p);
    }
}
