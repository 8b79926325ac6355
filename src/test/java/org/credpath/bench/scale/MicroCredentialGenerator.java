package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.RecognitionSpec;
import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;

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
                    new Prerequisites(micro, previous, previousByProvider.get(micro.provider.index()), previousByAnchor.get(micro.anchor),
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

    /** Chooses one credential's entry rule from the layers below it. */
    private final class Prerequisites {
        private final World.Micro micro;
        private final List<World.Micro> previous;
        private final List<World.Micro> previousOfProvider;
        private final List<World.Micro> previousOfTopic;
        private final List<World.Micro> belowOfProvider;
        private final List<World.Micro> below;

        Prerequisites(World.Micro micro, List<World.Micro> previous, List<World.Micro> previousOfProvider,
                      List<World.Micro> previousOfTopic, List<World.Micro> belowOfProvider, List<World.Micro> below) {
            this.micro = micro;
            this.previous = previous;
            this.previousOfProvider = previousOfProvider;
            this.previousOfTopic = previousOfTopic;
            this.belowOfProvider = belowOfProvider;
            this.below = below;
        }

        void choose() {
            var first = previousOfProvider != null && draw.chance(0.7) ? draw.any(previousOfProvider)
                    : previousOfTopic != null && draw.chance(0.6) ? draw.any(previousOfTopic) : draw.any(previous);
            double shape = draw.unit();
            var second = shape < 0.55 ? null : other(first, null);
            if (second == null) {
                micro.prerequisites = leaf(first);
                micro.takenBefore = List.of(first);
            } else if (shape < 0.80) {
                micro.prerequisites = group(RuleKind.ALL_OF, null, List.of(leaf(first), leaf(second)));
                micro.takenBefore = List.of(first, second);
            } else {
                var third = other(first, second);
                var options = new ArrayList<RuleSpec>(List.of(leaf(first), leaf(second)));
                if (third != null) {
                    options.add(leaf(third));
                }
                if (shape < 0.95 || third == null) {
                    micro.prerequisites = group(RuleKind.AT_LEAST_K_OF, 1, options);
                    micro.takenBefore = List.of(first);
                } else {
                    // nested, as real prerequisite trees are: the previous level and one of two others
                    micro.prerequisites = group(RuleKind.ALL_OF, null, List.of(options.get(0),
                            group(RuleKind.AT_LEAST_K_OF, 1, options.subList(1, 3))));
                    micro.takenBefore = List.of(first, second);
                }
            }
        }

        private World.Micro other(World.Micro a, World.Micro b) {
            for (int attempt = 0; attempt < 6; attempt++) {
                var candidate = !belowOfProvider.isEmpty() && draw.chance(0.6) ? draw.any(belowOfProvider) : draw.any(below);
                if (candidate != a && candidate != b) {
                    return candidate;
                }
            }
            return null;
        }

        private RuleSpec leaf(World.Micro m) {
            return new RuleSpec.CredentialLeaf(m.id, draw.chance(0.1) ? "3" : null);
        }

        private RuleSpec group(RuleKind kind, Integer k, List<RuleSpec> children) {
            return new RuleSpec.Group(kind, k, null, null, null, null, null, null, null, children);
        }
    }
}
