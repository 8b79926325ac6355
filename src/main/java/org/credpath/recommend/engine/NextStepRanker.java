package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.credpath.stacking.engine.Offering;
import org.credpath.stacking.engine.PlanOptions.CostMetric;
import org.credpath.stacking.engine.Rule;

/**
 * Ranks the credentials a learner can take now (takeable, not held, allowed by the filters and access,
 * entry rules met) by
 * <pre>score = (1.0 E + 0.25 O + 0.5 U + 1.0 S) / max(cost, 1)</pre>
 * where E and O count the essential and optional gap skills it covers, U the essential gap skills that
 * only credentials closed to the learner now teach and that some credential it unlocks teaches (its
 * entry rules become met with it), S the larger credentials the learner aims at (and a credential goal)
 * whose still-open rules it counts toward, and cost is its ECTS, price or weeks. Ties: more essential
 * skills, lower cost, id. Only credentials with a positive score are listed.
 */
public final class NextStepRanker {

    public static final double ESSENTIAL = 1.0;
    public static final double OPTIONAL = 0.25;
    public static final double UNLOCK = 0.5;
    public static final double STACKING = 1.0;
    public static final String FORMULA = "score = (1.0 x essential gap skills covered + 0.25 x optional gap skills covered"
            + " + 0.5 x essential gap skills only reachable through a credential it unlocks + 1.0 x aimed credentials it stacks into)"
            + " / max(cost, 1)";

    private final SkillIndex index;
    private final CostMetric metric;

    public NextStepRanker(SkillIndex index, CostMetric metric) {
        this.index = index;
        this.metric = metric;
    }

    public NextSteps rank(LearnerState learner, GoalProfile goal, Filters filters, int k) {
        var held = new HeldSkills(index, learner);
        var essentialGap = new LinkedHashSet<String>();
        var optionalGap = new LinkedHashSet<String>();
        goal.essential().stream().filter(s -> !held.holds(s)).forEach(essentialGap::add);
        goal.optional().stream().filter(s -> !held.holds(s)).forEach(optionalGap::add);
        var valid = learner.validHoldings(index);
        var entry = new EntryRules(index, valid, learner.date());
        var enrolled = learner.enrolledAt(index);
        var aims = aims(learner, goal, valid);

        // every credential that teaches a gap skill, open now or not
        var teaching = new LinkedHashMap<String, Offering>();
        for (var skill : essentialGap) {
            index.teachers(skill).forEach(o -> teaching.putIfAbsent(o.id(), o));
        }
        for (var skill : optionalGap) {
            index.teachers(skill).forEach(o -> teaching.putIfAbsent(o.id(), o));
        }
        var candidates = new LinkedHashMap<String, Offering>();
        var closed = new ArrayList<Offering>();
        for (var o : teaching.values()) {
            if (!usable(o, held, filters, enrolled)) {
                continue;
            }
            if (entry.openNow(o.id())) {
                candidates.put(o.id(), o);
            } else {
                closed.add(o);
            }
        }
        for (var aim : aims) {
            stackingCandidates(aim).forEach(o -> {
                if (!candidates.containsKey(o.id()) && usable(o, held, filters, enrolled) && entry.openNow(o.id())) {
                    candidates.put(o.id(), o);
                }
            });
        }
        var reachableNow = new HashSet<String>();
        candidates.values().forEach(o -> index.countsFor(o.id()).stream().filter(essentialGap::contains).forEach(reachableNow::add));
        var reachableLater = new TreeSet<String>(); // sorted: the skill index hands out sets without a stable order
        closed.forEach(o -> index.countsFor(o.id()).stream().filter(s -> essentialGap.contains(s) && !reachableNow.contains(s))
                .forEach(reachableLater::add));
        var unlocks = unlocks(closed, reachableLater, candidates, held, filters, enrolled, entry);

        var items = new ArrayList<NextSteps.Item>();
        for (var o : candidates.values()) {
            var item = item(o, essentialGap, optionalGap, unlocks.getOrDefault(o.id(), List.of()), aims);
            if (item != null) {
                items.add(item);
            }
        }
        items.sort(Comparator.comparingDouble((NextSteps.Item i) -> -i.score()).thenComparing(i -> -i.coversEssential().size())
                .thenComparingDouble(i -> i.parts().cost()).thenComparing(i -> i.credential().id()));
        var top = new ArrayList<NextSteps.Item>();
        for (int i = 0; i < Math.min(k, items.size()); i++) {
            var it = items.get(i);
            top.add(new NextSteps.Item(i + 1, it.credential(), it.weeks(), it.weeklyHours(), it.score(), it.parts(), it.coversEssential(),
                    it.coversOptional(), it.unlocks(), it.stacksInto()));
        }
        var unreachable = new ArrayList<NextSteps.SkillRef>();
        essentialGap.stream().filter(s -> !reachableNow.contains(s) && !reachableLater.contains(s)).forEach(s -> unreachable.add(ref(s)));
        return new NextSteps(SkillGap.GoalRef.of(goal), essentialGap.size(), optionalGap.size(), metric, FORMULA, candidates.size(), top,
                reachableLater.stream().map(this::ref).toList(), unreachable);
    }

    private boolean usable(Offering o, HeldSkills held, Filters filters, Set<String> enrolled) {
        return index.takeable(o) && !held.credentials().contains(o.id()) && filters.excludes(o, index, enrolled) == null;
    }

    /** The learner's aimed larger credentials, and the goal when it is one, not yet met. */
    private List<OpenLeaves> aims(LearnerState learner, GoalProfile goal, List<org.credpath.stacking.engine.Holding> valid) {
        var ids = new LinkedHashSet<>(learner.aims());
        if (goal.type() == Goal.Type.CREDENTIAL) {
            ids.add(goal.id());
        }
        var result = new ArrayList<OpenLeaves>();
        for (var id : ids) {
            if (index.catalog().offering(id).isPresent() && index.catalog().requirements(id).isPresent()) {
                var open = new OpenLeaves(index, id, valid, learner.date());
                if (!open.met) {
                    result.add(open);
                }
            }
        }
        return result;
    }

    /** Credentials an aim's open leaves name, or that its open filters match. */
    private List<Offering> stackingCandidates(OpenLeaves aim) {
        var found = new ArrayList<Offering>();
        aim.named().forEach(id -> index.catalog().offering(id).ifPresent(found::add));
        for (Rule.FilterLeaf f : aim.filters()) {
            found.addAll(index.catalog().matching(f.filter()));
        }
        return found;
    }

    /**
     * For each credential open now, the closed credentials teaching a gap skill that only closed ones teach,
     * whose entry rules it alone would meet (with the holdings). Enablers are the credentials a closed
     * one's entry rule names, and the candidates its filter leaves match; open enablers become candidates.
     */
    private Map<String, List<NextSteps.Unlock>> unlocks(List<Offering> closed, Set<String> reachableLater, Map<String, Offering> open,
                                                      HeldSkills held, Filters filters, Set<String> enrolled, EntryRules entry) {
        var result = new HashMap<String, List<NextSteps.Unlock>>();
        var extra = new LinkedHashMap<String, Offering>();
        var openMatching = new HashMap<org.credpath.stacking.engine.Filter, List<Offering>>(); // many closed credentials share a filter
        for (var x : closed) {
            var teaches = index.countsFor(x.id());
            var gains = reachableLater.stream().filter(teaches::contains).map(this::ref).toList();
            if (gains.isEmpty()) {
                continue;
            }
            var rule = index.catalog().prerequisites(x.id()).orElseThrow();
            var enablers = new LinkedHashMap<String, Offering>();
            leaves(rule, leaf -> {
                if (leaf instanceof Rule.CredentialLeaf c) {
                    var named = open.get(c.credential());
                    if (named == null) {
                        named = index.catalog().offering(c.credential())
                                .filter(o -> usable(o, held, filters, enrolled) && entry.openNow(o.id())).orElse(null);
                    }
                    if (named != null) {
                        enablers.put(named.id(), named);
                    }
                } else if (leaf instanceof Rule.FilterLeaf f) {
                    openMatching.computeIfAbsent(f.filter(), filter -> openMatching(filter, open)).forEach(o -> enablers.put(o.id(), o));
                }
            });
            for (var y : enablers.values()) {
                if (y != x && entry.met(rule, List.of(y))) {
                    result.computeIfAbsent(y.id(), key -> new ArrayList<>()).add(new NextSteps.Unlock(x.id(), x.title(), gains));
                    if (!open.containsKey(y.id())) {
                        extra.put(y.id(), y);
                    }
                }
            }
        }
        open.putAll(extra);
        return result;
    }

    /** The open credentials the filter matches, from whichever side is smaller: the filter's matches or the open ones. */
    private List<Offering> openMatching(org.credpath.stacking.engine.Filter filter, Map<String, Offering> open) {
        var matching = index.catalog().matching(filter);
        if (matching.size() < open.size()) {
            return matching.stream().map(o -> open.get(o.id())).filter(java.util.Objects::nonNull).toList();
        }
        return open.values().stream().filter(o -> index.catalog().matches(filter, o)).toList();
    }

    private NextSteps.Item item(Offering o, Set<String> essentialGap, Set<String> optionalGap, List<NextSteps.Unlock> unlocks,
                                List<OpenLeaves> aims) {
        var counts = index.countsFor(o.id());
        var essential = essentialGap.stream().filter(counts::contains).map(this::ref).toList();
        var optional = optionalGap.stream().filter(counts::contains).map(this::ref).toList();
        var unlocked = new LinkedHashSet<String>();
        unlocks.forEach(u -> u.gapSkills().forEach(s -> unlocked.add(s.uri())));
        var stacks = new ArrayList<NextSteps.StacksInto>();
        for (var aim : aims) {
            var rule = aim.matched(o);
            if (rule != null) {
                stacks.add(new NextSteps.StacksInto(aim.aim, aim.title, rule));
            }
        }
        if (essential.isEmpty() && optional.isEmpty() && unlocked.isEmpty() && stacks.isEmpty()) {
            return null;
        }
        double cost = cost(o);
        double units = Math.max(cost, 1);
        var parts = new NextSteps.ScoreParts(round(ESSENTIAL * essential.size() / units), round(OPTIONAL * optional.size() / units),
                round(UNLOCK * unlocked.size() / units), round(STACKING * stacks.size() / units), cost);
        double score = round((ESSENTIAL * essential.size() + OPTIONAL * optional.size() + UNLOCK * unlocked.size()
                + STACKING * stacks.size()) / units);
        return new NextSteps.Item(0, Teacher.of(o, index), o.durationWeeks(), Math.round(Filters.weeklyHours(o) * 10) / 10.0, score,
                parts, essential, optional, unlocks, stacks);
    }

    double cost(Offering o) {
        switch (metric) {
            case PRICE:
                return o.price();
            case WEEKS:
                return o.durationWeeks();
            default:
                return o.ects();
        }
    }

    private NextSteps.SkillRef ref(String skill) {
        return new NextSteps.SkillRef(skill, index.label(skill));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    static void leaves(Rule rule, java.util.function.Consumer<Rule> visit) {
        if (rule instanceof Rule.Group g) {
            g.children().forEach(child -> leaves(child, visit));
        } else {
            visit.accept(rule);
        }
    }
}
