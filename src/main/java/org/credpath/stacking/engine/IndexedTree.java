package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.Rule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule tree with its leaves numbered and each leaf's ancestors known, for the audit's search.
 *
 * <p>Double counting: a holding counts at most once per <em>counting block</em>. Without any group allowing double
 * counting ({@code doubleCount: true}) the whole tree is one block, as it always was. Beneath a group that allows it
 * (down to a nested group that says {@code doubleCount: false}), the leaves of each group form a block of their own:
 * a holding counts at most once among one group's leaves (one list of courses), but may count again in another group
 * there and once among the other leaves of the target. A requirement "whose courses may also count elsewhere" thus
 * never consumes them.
 */
final class IndexedTree {

    final Rule root;
    final List<Rule> leaves = new ArrayList<>();
    final Map<Rule, Integer> leafIndex = new IdentityHashMap<>();
    final List<List<Rule.Group>> ancestors = new ArrayList<>();
    /** Whether some group allows double counting: only then are there several blocks. */
    final boolean sharing;
    /** Whether some group is gated (counts upward only once met). */
    final boolean gated;
    /** Whether some group carries timing (completeByTerm, before): only then are deadlines judged and timing reported. */
    final boolean timed;
    /** Per leaf, its counting block (0: the target's own); null when {@link #sharing} is false. */
    final int[] block;
    /** Per leaf, the group with distribution areas it is a child of (null: none); null when no group has them. */
    final Rule.Group[] areaGroup;

    IndexedTree(Rule root) {
        this.root = root;
        var sharingGroups = new boolean[1];
        var gatedGroups = new boolean[1];
        var timedGroups = new boolean[] {root instanceof Rule.Group g && g.limits().timing() != null};
        root.forEachLeafUnder((leaf, path) -> {
            leafIndex.put(leaf, leaves.size());
            leaves.add(leaf);
            ancestors.add(List.copyOf(path));
            for (var g : path) {
                sharingGroups[0] |= Boolean.TRUE.equals(g.limits().doubleCount());
                gatedGroups[0] |= g.limits().gated();
                timedGroups[0] |= g.limits().timing() != null;
            }
        });
        this.sharing = sharingGroups[0];
        this.gated = gatedGroups[0];
        this.timed = timedGroups[0];
        this.block = sharing ? blocks() : null;
        this.areaGroup = areaGroups();
    }

    private Rule.Group[] areaGroups() {
        Rule.Group[] groups = null;
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            var path = ancestors.get(leaf);
            var parent = path.isEmpty() ? null : path.get(path.size() - 1);
            if (parent != null && parent.limits().distribution() != null) {
                groups = groups == null ? new Rule.Group[leaves.size()] : groups;
                groups[leaf] = parent;
            }
        }
        return groups;
    }

    /** The group with distribution areas a leaf is a child of, or null. */
    Rule.Group areaGroup(int leaf) {
        return areaGroup == null ? null : areaGroup[leaf];
    }

    /** Each leaf's block: the nearest group above it that says doubleCount decides (true: its parent group's block). */
    private int[] blocks() {
        var blocks = new int[leaves.size()];
        var opened = new IdentityHashMap<Rule.Group, Integer>();
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            var path = ancestors.get(leaf);
            for (int i = path.size() - 1; i >= 0; i--) {
                var decides = path.get(i).limits().doubleCount();
                if (decides != null) {
                    var parent = path.get(path.size() - 1);
                    blocks[leaf] = decides ? opened.computeIfAbsent(parent, g -> opened.size() + 1) : 0;
                    break;
                }
            }
        }
        return blocks;
    }

    /** The counting block of a leaf (always 0 without double counting). */
    int block(int leaf) {
        return sharing ? block[leaf] : 0;
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
