package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.RecognitionSpec;

/**
 * Micro-credentials with every EU element, each on a topic occupation (mostly one its provider focuses on)
 * and aligned to 3-8 of the skills that occupation requires. They are generated layer by layer: a credential
 * in layer L names at least one prerequisite in layer L-1 and others only below, so the prerequisite graph
 * is acyclic by construction and its longest chain has at most {@link ScaleSpec#MAX_DEPTH} credentials.
 */
final class MicroCredentialGenerator {

    /** Share of credentials per layer: most have no prerequisite, a few sit at the end of long chains. */
    private static final double[] LAYERS = {40, 20, 13, 9, 7, 5, 3.5, 2.5};
    private static final Draw.Category<Integer> ECTS = Draw.Category.of(1, 3, 2, 12, 3, 18, 4, 18, 5, 16, 6, 13, 7, 7, 8, 6, 9, 3, 10, 4);
    private static final Draw.Category<Integer> EQF = Draw.Category.of(4, 14, 5, 26, 6, 32, 7, 22, 8, 6);

    private final World world;
    private final Draw draw;
    private final MicroCredentialDetails details;

    MicroCredentialGenerator(World world, Draw draw) {
        this.world = world;
        this.draw = draw;
        this.details = new MicroCredentialDetails(world, draw.split());
    }

    void generate() {
        var counts = layerCounts(world.spec.microCredentials());
        int previousStart = 0;
        for (int layer = 0; layer < counts.length; layer++) {
            int start = world.micros.size();
            // copies: the lists grow while this layer is generated, and a layer draws only from those below it
            var below = List.copyOf(world.micros);
            var previous = below.subList(previousStart, start);
            var previousByProvider = group(previous, true);
            var previousByAnchor = group(previous, false);
            var belowByProvider = world.microsByProvider.stream().map(List::copyOf).toList();
            for (int i = 0; i < counts[layer]; i++) {
                var micro = micro(layer);
                if (layer > 0) {
                    new PrerequisiteRule(draw, micro, previous, previousByProvider.get(micro.provider.index()), previousByAnchor.get(micro.anchor),
                            belowByProvider.get(micro.provider.index()), below).choose();
                }
                world.micros.add(micro);
                world.microsByProvider.get(micro.provider.index()).add(micro);
                world.microsByAnchor.computeIfAbsent(micro.anchor, a -> new ArrayList<>()).add(micro);
            }
            previousStart = start;
        }
        var recognitions = recognitions();
        for (var m : world.micros) {
            m.spec = details.spec(m, recognitions.getOrDefault(m.index, List.of()));
        }
    }

    static int[] layerCounts(int n) {
        double sum = java.util.Arrays.stream(LAYERS).sum();
        var counts = new int[LAYERS.length];
        int assigned = 0;
        for (int l = 1; l < LAYERS.length; l++) {
            counts[l] = counts[l - 1] == 0 && l > 1 ? 0 : (int) Math.floor(n * LAYERS[l] / sum);
            assigned += counts[l];
        }
        counts[0] = n - assigned;
        return counts;
    }

    private World.Micro micro(int layer) {
        var provider = world.popularProvider(draw);
        int anchor = provider.focus().length > 0 && draw.chance(0.7) ? provider.focus()[draw.below(provider.focus().length)]
                : world.popularAnchor(draw);
        int eqf = Math.min(8, draw.pick(EQF) + layer / 3);
        return new World.Micro(world.micros.size(), String.format("gen-mc-%06d", world.micros.size() + 1), provider, anchor, layer,
                draw.pick(ECTS), eqf, skills(world.occupation(anchor)));
    }

    /** 3-8 distinct skills: mostly the topic's essential ones, some optional, a few popular ones from elsewhere. */
    private int[] skills(EscoView.Occupation topic) {
        int wanted = draw.between(3, 8);
        var chosen = new LinkedHashSet<Integer>();
        for (int attempt = 0; attempt < 40 && chosen.size() < wanted; attempt++) {
            double u = draw.unit();
            if (u < 0.75 && topic.essential().length > 0) {
                chosen.add(topic.essential()[draw.below(topic.essential().length)]);
            } else if (u < 0.9 && topic.optional().length > 0) {
                chosen.add(topic.optional()[draw.below(topic.optional().length)]);
            } else {
                chosen.add(draw.weighted(world.skillPopularity));
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private Map<Integer, List<World.Micro>> group(List<World.Micro> micros, boolean byProvider) {
        var groups = new HashMap<Integer, List<World.Micro>>();
        for (var m : micros) {
            groups.computeIfAbsent(byProvider ? m.provider.index() : m.anchor, k -> new ArrayList<>()).add(m);
        }
        return groups;
    }

    /** About 6% of credentials are recognised as one on the same topic from another provider, for full or partial credits. */
    private Map<Integer, List<RecognitionSpec>> recognitions() {
        var result = new HashMap<Integer, List<RecognitionSpec>>();
        for (var m : world.micros) {
            if (!draw.chance(0.06)) {
                continue;
            }
            var peers = world.microsByAnchor.get(m.anchor);
            for (int attempt = 0; attempt < 5; attempt++) {
                var other = draw.any(peers);
                if (other.provider != m.provider && Math.abs(other.eqf - m.eqf) <= 1) {
                    Double credits = draw.chance(0.5) ? null : Math.min(m.ects, other.ects);
                    result.put(m.index, List.of(new RecognitionSpec(other.id, credits)));
                    break;
                }
            }
        }
        return result;
    }
}
