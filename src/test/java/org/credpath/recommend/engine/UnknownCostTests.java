package org.credpath.recommend.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SolveOptions;
import org.junit.jupiter.api.Test;

/** Unknown is not zero: a credential whose price the catalog does not state is neither free nor preferred. */
class UnknownCostTests {

    private static final Selection MAX_PRICE_1000 = new Selection(1000.0, null, null, null, null, null, null, false, null);

    private static World world() {
        return new World().occupation("job", List.of("a", "b"), List.of())
                .course("known", 5, 500, "a").course("unknown", 5, 0, "a", "b").withoutPrice("unknown");
    }

    @Test
    void byPriceAnUnknownPriceRanksAfterEveryKnownOne() {
        var steps = new Recommender(world().index()).nextSteps(World.nobody(), Goal.occupation("job"), Selection.NONE, 5, CostMetric.PRICE);

        assertThat(steps.items()).extracting(i -> i.credential().id()).containsExactly("known", "unknown");
        assertThat(steps.items().get(1).credential().price()).isNull();
        assertThat(steps.items().get(1).parts().cost()).isNull();
        assertThat(steps.unknownCost()).isEqualTo(1);
        // under ECTS both costs are known and the one covering more comes first
        var byEcts = new Recommender(world().index()).nextSteps(World.nobody(), Goal.occupation("job"), Selection.NONE, 5, CostMetric.ECTS);
        assertThat(byEcts.items()).extracting(i -> i.credential().id()).containsExactly("unknown", "known");
    }

    @Test
    void aMaxPriceExcludesAnUnknownPriceAndSaysSo() {
        var steps = new Recommender(world().index()).nextSteps(World.nobody(), Goal.occupation("job"), MAX_PRICE_1000, 5, CostMetric.PRICE);

        assertThat(steps.items()).extracting(i -> i.credential().id()).containsExactly("known");
        assertThat(steps.excludedForUnknown()).isEqualTo(1);
        var route = new Recommender(world().index()).route(World.nobody(), Goal.occupation("job"), MAX_PRICE_1000,
                SolveOptions.of(CostMetric.PRICE));
        assertThat(route.excludedForUnknown()).isEqualTo(1);
        assertThat(route.excluded()).extracting(NextSteps.SkillRef::uri).containsExactly("b");
        var coverage = new Recommender(world().index()).coverage(Goal.occupation("job"), MAX_PRICE_1000, 5, CoverageAnalysis.Scope.ALL,
                Duration.ofSeconds(5));
        assertThat(coverage.excludedForUnknown()).isEqualTo(1);
    }

    @Test
    void routesTakeAKnownPriceOverAnUnknownOneAndTotalsDoNotHideIt() {
        var w = new World().occupation("job", List.of("a", "b"), List.of())
                .course("known-a", 5, 900, "a").course("unknown-a", 5, 0, "a").withoutPrice("unknown-a")
                .course("only-b", 5, 0, "b").withoutPrice("only-b");

        var route = new Recommender(w.index()).route(World.nobody(), Goal.occupation("job"), Selection.NONE, SolveOptions.of(CostMetric.PRICE));

        assertThat(route.credentials()).extracting(s -> s.credential().id()).containsExactlyInAnyOrder("known-a", "only-b");
        assertThat(route.totalPrice()).as("a partial sum is not the total").isNull();
        assertThat(route.unknownPrice()).isEqualTo(1);
        assertThat(route.totalEcts()).isEqualTo(10.0);
        var bundle = new Recommender(w.index()).coverage(Goal.occupation("job"), Selection.NONE, 5, CoverageAnalysis.Scope.ALL,
                Duration.ofSeconds(5)).bundle();
        assertThat(bundle.credentials()).extracting(i -> i.credential().id()).containsExactlyInAnyOrder("known-a", "only-b");
        assertThat(bundle.totalPrice()).isNull();
        assertThat(bundle.unknownPrice()).isEqualTo(1);
    }

    /**
     * Random catalogs where a third of the courses state no price, routed by price, against every subset: the route is
     * the exhaustive optimum under the pessimistic stand-in, and no chosen credential of unknown price could be swapped
     * for an unchosen one of known price that keeps every essential skill covered.
     */
    @Test
    void noRouteKeepsAnUnknownPriceWhereAKnownOneWouldDoAgainstExhaustiveSearch() {
        int swapsChecked = 0;
        for (long seed = 0; seed < 100; seed++) {
            var random = new Random(seed);
            var w = new World();
            int n = 7 + random.nextInt(4);
            var skills = List.of("s0", "s1", "s2", "s3", "s4");
            for (int i = 0; i < n; i++) {
                var taught = new HashSet<String>();
                for (int k = 1 + random.nextInt(2); taught.size() < k; ) {
                    taught.add(skills.get(random.nextInt(skills.size())));
                }
                w.course("c" + i, 1 + random.nextInt(5), 100 * (1 + random.nextInt(5)), taught.toArray(String[]::new));
                if (random.nextInt(3) == 0) {
                    w.withoutPrice("c" + i);
                }
            }
            w.occupation("job", skills, List.of());
            var index = w.index();
            var route = new Recommender(index).route(World.nobody(), Goal.occupation("job"), Selection.NONE,
                    new SolveOptions(CostMetric.PRICE, 30, Duration.ofSeconds(20)));
            var catalog = index.catalog();
            var all = catalog.offerings().values().stream().sorted(java.util.Comparator.comparing(Offering::id)).toList();
            var taught = skills.stream().filter(s -> !index.teachers(s).isEmpty()).toList();
            double best = Double.MAX_VALUE;
            for (int mask = 1; mask < 1 << all.size(); mask++) {
                var covered = new HashSet<String>();
                double cost = 0;
                for (int i = 0; i < all.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        covered.addAll(index.countsFor(all.get(i).id()));
                        cost += catalog.cost(all.get(i), CostMetric.PRICE);
                    }
                }
                if (covered.containsAll(taught)) {
                    best = Math.min(best, cost);
                }
            }
            var chosen = route.credentials().stream().map(s -> catalog.offering(s.credential().id()).orElseThrow()).toList();
            assertThat(chosen.stream().mapToDouble(o -> catalog.cost(o, CostMetric.PRICE)).sum()).as("seed %d", seed)
                    .isCloseTo(best, org.assertj.core.data.Offset.offset(1e-6));
            for (var unknown : chosen.stream().filter(o -> o.price() == null).toList()) {
                for (var known : all.stream().filter(o -> o.price() != null && !chosen.contains(o)).toList()) {
                    var swapped = new ArrayList<>(chosen);
                    swapped.set(swapped.indexOf(unknown), known);
                    var covered = new HashSet<String>();
                    swapped.forEach(o -> covered.addAll(index.countsFor(o.id())));
                    assertThat(covered.containsAll(taught)).as("seed %d: %s would do instead of %s", seed, known.id(), unknown.id()).isFalse();
                    swapsChecked++;
                }
            }
            assertThat(route.unknownPrice()).isEqualTo((int) chosen.stream().filter(o -> o.price() == null).count());
        }
        assertThat(swapsChecked).as("routes that had to keep an unknown price").isGreaterThan(20);
    }
}
