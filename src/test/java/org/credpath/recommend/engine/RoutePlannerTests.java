package org.credpath.recommend.engine;

import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.catalog.snapshot.Selection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.junit.jupiter.api.Test;

class RoutePlannerTests {

    private static Route route(World world, LearnerState learner, Goal goal) {
        return new Recommender(world.index()).route(learner, goal, Selection.NONE, SolveOptions.DEFAULTS);
    }

    private static List<String> ids(Route route) {
        return route.credentials().stream().map(s -> s.credential().id()).sorted().toList();
    }

    @Test
    void coversTheEssentialGapAtMinimumCostWhereGreedySetCoverPaysMore() {
        // greedy takes the best ratio first ("big": 3 skills for 3 ECTS), then must add "d-only" (2): 5 ECTS;
        // the optimum is the two halves, 4.4 ECTS
        var w = new World().occupation("job", List.of("a", "b", "c", "d"), List.of())
                .course("big", 3, 0, "a", "b", "c").course("d-only", 2, 0, "d")
                .course("half1", 2.2, 0, "a", "b").course("half2", 2.2, 0, "c", "d");
        var route = route(w, World.nobody(), Goal.occupation("job"));

        assertThat(ids(route)).containsExactly("half1", "half2");
        assertThat(route.totalEcts()).isEqualTo(4.4);
        assertThat(route.status()).isEqualTo("OPTIMAL");
        assertThat(route.essentialCoverageAfter()).isEqualTo(100.0);
        assertThat(greedyCost(w)).isEqualTo(5.0);
    }

    /** Classic greedy weighted set cover: most uncovered skills per ECTS first. */
    private static double greedyCost(World w) {
        var left = new java.util.HashSet<>(List.of("a", "b", "c", "d"));
        double cost = 0;
        while (!left.isEmpty()) {
            Offering best = null;
            double ratio = Double.MAX_VALUE;
            for (var o : w.offerings.values()) {
                long n = o.skills().stream().filter(left::contains).count();
                if (n > 0 && o.ects() / n < ratio) {
                    ratio = o.ects() / n;
                    best = o;
                }
            }
            cost += best.ects();
            left.removeAll(best.skills());
        }
        return cost;
    }

    @Test
    void addsPrerequisitesAndOrdersThemIntoEarlierTerms() {
        var w = new World().occupation("job", List.of("a", "b"), List.of())
                .course("basics", 5, 0, "zzz").course("adv-a", 5, 0, "a").course("adv-b", 5, 0, "b")
                .course("alt-a", 30, 0, "a").course("alt-b", 30, 0, "b");
        w.needs("adv-a", w.cred("basics")).needs("adv-b", w.kOf(1, w.cred("basics"), w.cred("alt-a")));
        var route = route(w, World.nobody(), Goal.occupation("job"));

        assertThat(ids(route)).containsExactly("adv-a", "adv-b", "basics");
        var basics = route.credentials().stream().filter(s -> s.credential().id().equals("basics")).findFirst().orElseThrow();
        assertThat(basics.term()).isEqualTo(1);
        assertThat(basics.prerequisiteFor()).containsExactly("adv-a", "adv-b");
        assertThat(route.credentials().stream().filter(s -> !s.credential().id().equals("basics")).map(Route.Step::term)).containsOnly(2);
    }

    @Test
    void listsSkillsNoCredentialTeachesAndThoseOnlyExcludedOnesTeach() {
        var w = new World().occupation("job", List.of("a", "nobody-teaches", "closed"), List.of())
                .course("pa", 5, 0, "a").course("locked", 5, 0, "closed");
        w.needs("locked", w.allOf(w.cred("pa"), w.cred("missing-course")));
        var route = route(w, World.nobody(), Goal.occupation("job"));

        assertThat(ids(route)).containsExactly("pa");
        assertThat(route.untaught()).extracting(NextSteps.SkillRef::uri).containsExactly("nobody-teaches");
        assertThat(route.excluded()).extracting(NextSteps.SkillRef::uri).containsExactly("closed");
        assertThat(route.essentialCovered()).isEqualTo(1);
    }

    @Test
    void prefersTheRouteCoveringMoreOptionalSkillsAtEqualCost() {
        var w = new World().occupation("job", List.of("a"), List.of("x", "y"))
                .course("plain", 5, 0, "a").course("richer", 5, 0, "a", "x").course("extra", 1, 0, "y");
        var route = route(w, World.nobody(), Goal.occupation("job"));
        assertThat(ids(route)).containsExactly("richer");
        assertThat(route.optionalCovered()).isEqualTo(1);
        assertThat(route.pruned()).isGreaterThanOrEqualTo(1); // "plain" is dominated by "richer"
    }

    @Test
    void coversNothingWhenTheLearnerHoldsTheWholeProfile() {
        var w = new World().broader("python", "programming").occupation("job", List.of("programming"), List.of())
                .course("py", 5, 0, "python");
        var route = route(w, World.learner(List.of("py"), List.of(), List.of()), Goal.occupation("job"));
        assertThat(route.credentials()).isEmpty();
        assertThat(route.essentialGap()).isZero();
        assertThat(route.essentialCoverageAfter()).isEqualTo(100.0);
    }

    @Test
    void supportThroughFilterPrerequisitesIsWellFounded() {
        // each advanced course needs "one other ADV course": neither can be the first; a BAS course breaks the circle
        var w = new World().occupation("job", List.of("a", "b"), List.of())
                .course("adv1", 1, 0, "a").course("adv2", 1, 0, "b").course("bas1", 9, 0, "zzz");
        w.needs("adv1", w.kOf(1, w.prefix("ADV"), w.prefix("BAS"))).needs("adv2", w.kOf(1, w.prefix("ADV"), w.prefix("BAS")));
        var route = route(w, World.nobody(), Goal.occupation("job"));
        assertThat(ids(route)).containsExactly("adv1", "adv2", "bas1");
        assertThat(route.terms()).hasSizeGreaterThanOrEqualTo(2);
    }

    /** "t" teaches the goal and needs what {@code rule} asks of the P-coded supporters, which teach nothing of the goal. */
    private static Route throughSupporters(java.util.function.Function<World, Rule> rule) {
        var w = new World().occupation("job", List.of("s"), List.of())
                .course("t", 5, 0, "s").course("p1", 1, 0, "x").course("p2", 2, 0, "x").course("p3", 3, 0, "x");
        w.needs("t", rule.apply(w));
        return route(w, World.nobody(), Goal.occupation("job"));
    }

    @Test
    void supportersAFilterRuleNeverNeedsAreLeftOutAsManyAsItCanUse() {
        // one item from the filter: p1 dominates p2 and p3
        var one = throughSupporters(w -> w.kOf(1, w.prefix("P")));
        assertThat(ids(one)).containsExactly("p1", "t");
        assertThat(one.pruned()).isEqualTo(2);
        // two items: p1 and p2 both dominate p3; p2 has one dominator only, and a route may need it
        var two = throughSupporters(w -> w.kOf(2, w.prefix("P")));
        assertThat(ids(two)).containsExactly("p1", "p2", "t");
        assertThat(two.pruned()).isEqualTo(1);
        // four credits, the fewest any supporter brings is 1: up to four may be needed, none is dropped
        var credits = throughSupporters(w -> w.credits(4, w.prefix("P")));
        assertThat(ids(credits)).containsExactly("p1", "p3", "t");
        assertThat(credits.pruned()).isZero();
    }
}
