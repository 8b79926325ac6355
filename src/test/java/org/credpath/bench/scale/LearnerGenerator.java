package org.credpath.bench.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.LearnerSpec;

/**
 * Learners with 0-15 holdings taken the way people take them: toward their goal (an occupation, a larger
 * credential, or both), with each credential's usual prerequisites earned first and dated before it;
 * grades on a 1-5 scale, most verified; a few prior-learning skills from their goal occupation.
 */
final class LearnerGenerator {

    private static final int MAX_HOLDINGS = 15;
    private static final Draw.Category<Integer> HOLDINGS = Draw.Category.of(0, 6, 1, 8, 2, 10, 3, 11, 4, 11, 5, 10, 6, 9, 7, 8, 8, 7,
            9, 5, 10, 4, 11, 3, 12, 3, 13, 2, 14, 2, 15, 1);
    private static final Draw.Category<Integer> PRIOR_SKILLS = Draw.Category.of(0, 40, 1, 20, 2, 15, 3, 12, 4, 8, 5, 5);
    private static final Draw.Category<String> GRADES = Draw.Category.of("1", 5, "2", 12, "3", 30, "4", 33, "5", 20);

    private final World world;
    private final Draw draw;
    private final double[] aimPopularity;
    /** A credential with the prerequisites a learner takes first, in order; absent when that is more than 15 credentials. */
    private final Map<World.Micro, List<World.Micro>> closures = new HashMap<>();

    LearnerGenerator(World world, Draw draw) {
        this.world = world;
        this.draw = draw;
        this.aimPopularity = Draw.zipf(world.larger.size(), 0.8);
    }

    List<LearnerSpec> generate() {
        var learners = new ArrayList<LearnerSpec>(world.spec.learners());
        for (int i = 0; i < world.spec.learners(); i++) {
            learners.add(learner(String.format("gen-l-%07d", i + 1)));
        }
        return learners;
    }

    private LearnerSpec learner(String id) {
        Integer occupation = draw.chance(0.8) ? world.popularAnchor(draw) : null;
        var aim = draw.chance(0.35) ? world.larger.get(draw.weighted(aimPopularity)) : null;
        int wanted = draw.pick(HOLDINGS);
        var taken = new LinkedHashSet<World.Micro>();
        for (int attempt = 0; attempt < 4 * wanted && taken.size() < wanted; attempt++) {
            var path = closure(source(occupation, aim));
            if (path != null && taken.size() + path.stream().filter(m -> !taken.contains(m)).count() <= wanted) {
                taken.addAll(path);
            }
        }
        var dates = dates(taken.size() + 1);
        var earned = new ArrayList<LearnerSpec.Holding>();
        int d = 0;
        for (var m : taken) {
            earned.add(new LearnerSpec.Holding(m.id, dates.get(d++), draw.chance(0.05) ? null : draw.pick(GRADES), draw.chance(0.75)));
        }
        if (aim != null && aim.degree() && !aim.certificates().isEmpty() && earned.size() < MAX_HOLDINGS && draw.chance(0.3)) {
            earned.add(new LearnerSpec.Holding(aim.certificates().get(0).id(), dates.get(d), draw.pick(GRADES), true));
        }
        var goals = new ArrayList<LearnerSpec.Goal>();
        if (occupation != null) {
            goals.add(new LearnerSpec.Goal(world.occupation(occupation).uri(), null));
        }
        if (aim != null) {
            goals.add(new LearnerSpec.Goal(null, aim.id()));
        }
        return new LearnerSpec(id, null, earned, priorSkills(occupation), goals);
    }

    private World.Micro source(Integer occupation, World.Larger aim) {
        double u = draw.unit();
        if (aim != null && u < 0.55) {
            return draw.any(aim.named());
        }
        var ofTopic = occupation == null ? null : world.microsByAnchor.get(occupation);
        if (ofTopic != null && u < 0.8) {
            return draw.any(ofTopic);
        }
        var ofProvider = world.microsByProvider.get(world.popularProvider(draw).index());
        return ofProvider.isEmpty() ? draw.any(world.micros) : draw.any(ofProvider);
    }

    private List<World.Micro> closure(World.Micro m) {
        if (closures.containsKey(m)) {
            return closures.get(m);
        }
        var path = new LinkedHashSet<World.Micro>();
        for (var before : m.takenBefore) {
            var sub = closure(before);
            if (sub == null) {
                path = null;
                break;
            }
            path.addAll(sub);
        }
        List<World.Micro> result = null;
        if (path != null && path.size() < MAX_HOLDINGS) {
            path.add(m);
            result = List.copyOf(path);
        }
        closures.put(m, result);
        return result;
    }

    /** Ascending dates within the six years before the generator's reference date. */
    private List<LocalDate> dates(int n) {
        var days = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            days.add(draw.below(6 * 365));
        }
        days.sort(java.util.Comparator.reverseOrder());
        return days.stream().map(back -> world.spec.asOf().minusDays(back)).toList();
    }

    private List<LearnerSpec.PriorSkill> priorSkills(Integer occupation) {
        int n = draw.pick(PRIOR_SKILLS);
        var skills = new LinkedHashSet<Integer>();
        for (int attempt = 0; attempt < 3 * n && skills.size() < n; attempt++) {
            if (occupation != null && draw.chance(0.8)) {
                var o = world.occupation(occupation);
                int all = o.essential().length + o.optional().length;
                int pick = draw.below(all);
                skills.add(pick < o.essential().length ? o.essential()[pick] : o.optional()[pick - o.essential().length]);
            } else {
                skills.add(draw.weighted(world.skillPopularity));
            }
        }
        return skills.stream().map(s -> new LearnerSpec.PriorSkill(world.esco.skills().get(s).uri(),
                draw.chance(0.8) ? "self-declared" : "recognised")).toList();
    }
}
