package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.Rule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** A rule tree with its leaves numbered and each leaf's ancestors known, for the audit's search. */
final class IndexedTree {

    final Rule root;
    final List<Rule> leaves = new ArrayList<>();
    final Map<Rule, Integer> leafIndex = new IdentityHashMap<>();
    final List<List<Rule.Group>> ancestors = new ArrayList<>();

    IndexedTree(Rule root) {
        this.root = root;
        root.forEachLeafUnder((leaf, path) -> {
            leafIndex.put(leaf, leaves.size());
            leaves.add(leaf);
            ancestors.add(List.copyOf(path));
        });
    }

    /** How many holdings a leaf takes: one credential, any number for a filter, none for conditions. */
    int capacity(int leaf) {
        var rule = leaves.get(leaf);
        if (rule instanceof Rule.CredentialLeaf) {
            return 1;
        }
        return rule instanceof Rule.FilterLeaf ? Integer.MAX_VALUE : 0;
    }
}
