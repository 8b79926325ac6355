package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Rule;

/**
 * The keys {@link CandidatePool} classifies candidates by. A leaf is its own key, except a credential leaf that is one
 * item of a k-of-n or a credit sum (a long explicit course list): all such leaves of one group share the key of the
 * first, because the group counts any of its named credentials alike (an item met, for its credits). Two courses named
 * in the same lists for the same credits are then one class, as two courses matching the same filters are.
 *
 * <p>Exactness (the pool's swap argument): a plan using a dropped member D at its leaf of such a group can use instead
 * an unused kept member K at K's own leaf of the group, for the same credits, leaving the group's items as they were.
 * K's leaf is free: only K matches it, because no recognition makes anything count as K (leaves naming a credential
 * that some recognition targets keep their own key), and K is neither held nor chosen. Under ALL_OF every leaf is
 * needed by itself, so those keep their own key too.
 */
final class NamedItems {

    private final CatalogSnapshot catalog;
    private final Map<Rule.Group, Integer> keyOfGroup = new IdentityHashMap<>();
    private final List<Integer> keys = new ArrayList<>();
    private final BitSet itemKeys = new BitSet();

    NamedItems(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    /** Registers leaf number {@code index} (leaves are added in index order) under {@code parent}. */
    void add(Rule leaf, Rule.Group parent, int index) {
        int key = index;
        if (leaf instanceof Rule.CredentialLeaf named && parent != null && parent.kind() != Rule.Kind.ALL_OF
                && catalog.recognitionsTo(named.credential()).isEmpty()) {
            key = keyOfGroup.computeIfAbsent(parent, g -> index);
            itemKeys.set(key);
        }
        keys.add(key);
    }

    /** Whether {@code key} stands for any named item of a group (else for the one leaf of that number). */
    boolean isItemKey(int key) {
        return itemKeys.get(key);
    }

    /** A candidate's class: the keys of the leaves it matches with its credits at each, as key, credits, key, credits ... */
    List<Number> signature(SortedMap<Integer, Double> matched) {
        var entries = new ArrayList<double[]>(matched.size());
        matched.forEach((leaf, credits) -> entries.add(new double[] {keys.get(leaf), credits}));
        entries.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        var signature = new ArrayList<Number>(2 * entries.size());
        for (var entry : entries) {
            signature.add((int) entry[0]);
            signature.add(entry[1]);
        }
        return signature;
    }
}
