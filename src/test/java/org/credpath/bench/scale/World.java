package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.catalog.model.RuleSpec;

/**
 * What the section generators share while one catalog is built: the ESCO view with its popularity
 * weights, and the providers and credentials made so far with the indices later sections draw from.
 */
final class World {

    /** An occupation usable as a credential's topic: it requires at least this many skills. */
    private static final int MIN_ANCHOR_SKILLS = 3;

    final ScaleSpec spec;
    final EscoView esco;
    /** Occupations usable as topics, most popular first (a seeded permutation: popularity is not alphabetical). */
    final int[] anchors;
    final double[] anchorPopularity;
    /** Skills weighted by how many occupations require them (essential twice), so catalogs teach what jobs ask. */
    final double[] skillPopularity;

    final List<Provider> providers = new ArrayList<>();
    double[] providerPopularity;
    final List<Micro> micros = new ArrayList<>();
    final List<List<Micro>> microsByProvider = new ArrayList<>();
    final Map<Integer, List<Micro>> microsByAnchor = new HashMap<>();
    final List<Larger> larger = new ArrayList<>();

    World(ScaleSpec spec, EscoView esco, Draw draw) {
        this.spec = spec;
        this.esco = esco;
        var eligible = new ArrayList<Integer>();
        for (int i = 0; i < esco.occupations().size(); i++) {
            if (esco.occupations().get(i).size() >= MIN_ANCHOR_SKILLS) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            throw new IllegalArgumentException("the ESCO view has no occupation requiring " + MIN_ANCHOR_SKILLS + " skills or more");
        }
        for (int i = eligible.size() - 1; i > 0; i--) {
            java.util.Collections.swap(eligible, i, draw.below(i + 1));
        }
        anchors = eligible.stream().mapToInt(Integer::intValue).toArray();
        anchorPopularity = Draw.zipf(anchors.length, 1.0);
        var demand = new double[esco.skills().size()];
        java.util.Arrays.fill(demand, 0.2);
        for (var o : esco.occupations()) {
            for (int s : o.essential()) {
                demand[s] += 2;
            }
            for (int s : o.optional()) {
                demand[s] += 1;
            }
        }
        skillPopularity = Draw.cumulative(demand);
    }

    int popularAnchor(Draw draw) {
        return anchors[draw.weighted(anchorPopularity)];
    }

    EscoView.Occupation occupation(int index) {
        return esco.occupations().get(index);
    }

    Provider popularProvider(Draw draw) {
        return providers.get(draw.weighted(providerPopularity));
    }

    record Provider(int index, ProviderSpec spec, int[] focus, int[] partners) {
        String id() {
            return spec.id();
        }
    }

    /** A micro-credential as generated: its place in the prerequisite layers and what a learner takes before it. */
    static final class Micro {
        final int index;
        final String id;
        final Provider provider;
        final int anchor;
        final int layer;
        final double ects;
        final int eqf;
        final int[] skills;
        RuleSpec prerequisites;
        /** Named prerequisites a typical learner meets it with: all of an ALL_OF, the first k of a k-of-n. */
        List<Micro> takenBefore = List.of();
        CredentialSpec spec;

        Micro(int index, String id, Provider provider, int anchor, int layer, double ects, int eqf, int[] skills) {
            this.index = index;
            this.id = id;
            this.provider = provider;
            this.anchor = anchor;
            this.layer = layer;
            this.ects = ects;
            this.eqf = eqf;
            this.skills = skills;
        }
    }

    /** A certificate or degree: its rules and every credential they name (for learners aiming at it). */
    record Larger(int index, String id, Provider provider, int anchor, boolean degree, List<Micro> named,
                  List<Larger> certificates, CredentialSpec spec) {
    }
}
