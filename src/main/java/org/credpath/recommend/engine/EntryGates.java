package org.credpath.recommend.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Rule;

/**
 * The catalog's entry rules as numbers, for finding what is open to a learner without walking every rule: which
 * credentials have one, the credentials a rule needs one of ({@link #entryNames}), and the other way round, per
 * credential the rules that name it, so that the rules a learner's holdings may meet are found from the holdings.
 */
final class EntryGates {

    private static final int[] NONE = new int[0];

    private final int[][] entryNames;
    private final BitSet gated; // has an entry rule
    private final BitSet unnamed; // has an entry rule without entry names (no shortcut)
    private final int[][] namedBy; // per position, the positions whose entry names hold it (null: none)

    EntryGates(CatalogSnapshot catalog) {
        int n = catalog.size();
        this.entryNames = new int[n][];
        this.gated = new BitSet(n);
        this.unnamed = new BitSet(n);
        for (int p = 0; p < n; p++) {
            entryRule(catalog, p);
        }
        this.namedBy = namedBy(entryNames);
    }

    private EntryGates(EntryGates previous, CatalogSnapshot catalog, Collection<Integer> changed) {
        this.entryNames = Arrays.copyOf(previous.entryNames, catalog.size());
        this.gated = (BitSet) previous.gated.clone();
        this.unnamed = (BitSet) previous.unnamed.clone();
        this.namedBy = Arrays.copyOf(previous.namedBy, catalog.size());
        for (int p : changed) {
            unname(p, entryNames[p]);
            entryRule(catalog, p);
            nameBy(p, entryNames[p]);
        }
    }

    /**
     * These gates for {@code catalog}, this one's catalog with the credentials at the {@code changed} positions replaced
     * in place (none added: an unchanged rule may name an added credential, so then build whole): only their rules are walked.
     */
    EntryGates patched(CatalogSnapshot catalog, Collection<Integer> changed) {
        return new EntryGates(this, catalog, changed);
    }

    private void entryRule(CatalogSnapshot catalog, int p) {
        var rule = catalog.prerequisitesAt(p);
        entryNames[p] = rule == null ? null : namesNeeded(rule, catalog);
        gated.set(p, rule != null);
        unnamed.set(p, rule != null && entryNames[p] == null);
    }

    private static int[][] namedBy(int[][] entryNames) {
        var sizes = new int[entryNames.length];
        for (int[] names : entryNames) {
            for (int q : names == null ? NONE : names) {
                sizes[q]++;
            }
        }
        var namedBy = new int[entryNames.length][];
        for (int p = 0; p < entryNames.length; p++) {
            for (int q : entryNames[p] == null ? NONE : entryNames[p]) {
                namedBy[q] = namedBy[q] == null ? new int[sizes[q]] : namedBy[q];
                namedBy[q][namedBy[q].length - sizes[q]--] = p;
            }
        }
        return namedBy;
    }

    /** Adds {@code p} to {@link #namedBy} of each of {@code names} (copy on write: the arrays are shared with the previous gates). */
    private void nameBy(int p, int[] names) {
        for (int q : names == null ? NONE : names) {
            var list = namedBy[q] == null ? new int[1] : Arrays.copyOf(namedBy[q], namedBy[q].length + 1);
            list[list.length - 1] = p;
            namedBy[q] = list;
        }
    }

    private void unname(int p, int[] names) {
        for (int q : names == null ? NONE : names) {
            if (q < namedBy.length && namedBy[q] != null) {
                var list = Arrays.stream(namedBy[q]).filter(x -> x != p).toArray();
                namedBy[q] = list.length == 0 ? null : list;
            }
        }
    }

    /**
     * The credentials with an entry rule that may be open to a learner whose holdings count as the {@code countsAs}
     * positions: those whose rule needs none of a few named credentials ({@link #entryNames} null), and those naming one
     * of the held. Every other credential with an entry rule is closed to them.
     */
    BitSet gatedMaybeOpen(BitSet countsAs) {
        var maybe = (BitSet) unnamed.clone();
        for (int q = countsAs.nextSetBit(0); q >= 0 && q < namedBy.length; q = countsAs.nextSetBit(q + 1)) {
            for (int p : namedBy[q] == null ? NONE : namedBy[q]) {
                maybe.set(p);
            }
        }
        return maybe;
    }

    /** The credentials with an entry rule (read only). */
    BitSet gated() {
        return gated;
    }

    /**
     * The catalog positions of the credentials an entry rule names, when meeting it needs at least one of them held (as
     * itself or through recognition): the rule has no filter leaf and cannot be met with every credential leaf unmet.
     * Null where that does not hold (no shortcut). {@link EntryRules#openNow} answers "closed" from it without walking the rule.
     */
    int[] entryNames(int position) {
        return entryNames[position];
    }

    private static int[] namesNeeded(Rule rule, CatalogSnapshot catalog) {
        var names = new java.util.TreeSet<Integer>();
        if (!namesOnly(rule, catalog, names) || metWithoutNames(rule)) {
            return null;
        }
        return names.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether every leaf is a credential leaf (named positions collected; unknown credentials left out) or a condition. */
    private static boolean namesOnly(Rule rule, CatalogSnapshot catalog, java.util.Set<Integer> names) {
        boolean[] filter = {false};
        rule.forEachLeaf(leaf -> {
            if (leaf instanceof Rule.CredentialLeaf c && catalog.position(c.credential()) >= 0) {
                names.add(catalog.position(c.credential()));
            }
            filter[0] |= leaf instanceof Rule.FilterLeaf;
        });
        return !filter[0];
    }

    /**
     * Whether the monotone reading of {@link EntryRules} meets the rule with no leaf met: credential leaves and conditions
     * count as unmet there, so only groups asking nothing (an empty ALL_OF, k or credits of zero) can be.
     */
    private static boolean metWithoutNames(Rule rule) {
        return rule.<Boolean>fold((leaf, groups) -> false, (g, met) -> switch (g.kind()) {
            case ALL_OF -> !met.contains(false);
            case AT_LEAST_K_OF -> met.stream().filter(m -> m).count() >= g.k();
            case AT_LEAST_CREDITS -> g.credits() <= 1e-9;
        });
    }
}
