package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;

/**
 * Chooses one micro-credential's entry rule from the layers below it: at least one prerequisite in the layer
 * just below (its provider's or on its topic where possible), others anywhere below; a single credential
 * (55%), all of two (25%), one of two or three (15%) or nested (all of one and one of two, 5%).
 */
final class PrerequisiteRule {

    private final Draw draw;
    private final World.Micro micro;
    private final List<World.Micro> previous;
    private final List<World.Micro> previousOfProvider;
    private final List<World.Micro> previousOfTopic;
    private final List<World.Micro> belowOfProvider;
    private final List<World.Micro> below;

    PrerequisiteRule(Draw draw, World.Micro micro, List<World.Micro> previous, List<World.Micro> previousOfProvider,
                     List<World.Micro> previousOfTopic, List<World.Micro> belowOfProvider, List<World.Micro> below) {
        this.draw = draw;
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
