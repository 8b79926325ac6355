package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.model.RuleSpec;

/**
 * Draws the distinct micro-credentials one larger credential names: mostly its provider's own on its topic,
 * then its provider's others, its partners', and the topic's from anywhere, falling back in that order
 * when a pool is empty.
 */
final class NamedPicks {

    private final Draw draw;
    private final List<List<World.Micro>> pools = new ArrayList<>();
    private final List<World.Micro> named = new ArrayList<>();
    private final Set<World.Micro> used = new HashSet<>();

    NamedPicks(World world, Draw draw, World.Provider provider, int anchor) {
        this.draw = draw;
        var own = world.microsByProvider.get(provider.index());
        pools.add(own.stream().filter(m -> m.anchor == anchor).toList());
        pools.add(own);
        var partners = new ArrayList<World.Micro>();
        for (int p : provider.partners()) {
            partners.addAll(world.microsByProvider.get(p));
        }
        pools.add(partners);
        pools.add(world.microsByAnchor.getOrDefault(anchor, List.of()));
        pools.add(world.micros);
    }

    /** The next credential to name, not named before by this credential (if the pools allow). */
    World.Micro next() {
        double u = draw.unit();
        int first = u < 0.6 ? 0 : u < 0.85 ? 1 : u < 0.95 ? 2 : 3;
        World.Micro pick = null;
        for (int attempt = 0; attempt < 10 && (pick == null || used.contains(pick)); attempt++) {
            pick = from(attempt < 5 ? first : pools.size() - 1);
        }
        used.add(pick);
        named.add(pick);
        return pick;
    }

    private World.Micro from(int start) {
        for (int p = start; p < pools.size(); p++) {
            if (!pools.get(p).isEmpty()) {
                return draw.any(pools.get(p));
            }
        }
        throw new IllegalStateException("no micro-credential to name");
    }

    RuleSpec leaf(World.Micro m, double minGradeChance) {
        return new RuleSpec.CredentialLeaf(m.id, draw.chance(minGradeChance) ? "3" : null);
    }

    boolean has(World.Micro m) {
        return used.contains(m);
    }

    /** Every credential named so far, in order (mutable: a capstone is added by the caller). */
    List<World.Micro> named() {
        return named;
    }
}
