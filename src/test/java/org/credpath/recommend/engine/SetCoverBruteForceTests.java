package org.credpath.recommend.engine;

import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.catalog.snapshot.Selection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Rule;
import org.junit.jupiter.api.Test;

/**
 * Routes and employer bundles against exhaustive search on random small catalogs with k-of-n and
 * filter prerequisites (which can support each other in circles), a hierarchy link, holdings and
 * untaught skills: the solver's optimum must equal the best of every subset, level by level.
 */
class SetCoverBruteForceTests {

    private static final List<String> SKILLS = List.of("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "untaught");

    private record Instance(World world, LearnerState learner) {
    }

    private static Instance instance(long seed) {
        var random = new Random(seed);
        var w = new World().broader("s6", "s5");
        int n = 8 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            var taught = new HashSet<String>();
            int count = 1 + random.nextInt(3);
            while (taught.size() < count) {
                taught.add(SKILLS.get(random.nextInt(8)));
            }
            w.course("c" + i, 1 + random.nextInt(5), 40 * random.nextInt(3), taught.toArray(String[]::new));
        }
        for (int i = 1; i < n; i++) {
            if (random.nextDouble() < 0.35) {
                var leaves = new ArrayList<Rule>();
                int m = 2 + random.nextInt(2);
                for (int j = 0; j < m; j++) {
                    leaves.add(random.nextDouble() < 0.3 ? w.prefix("C" + random.nextInt(n)) : w.cred("c" + random.nextInt(i)));
                }
                w.needs("c" + i, w.kOf(1 + random.nextInt(2), leaves.toArray(Rule[]::new)));
            }
        }
        var shuffled = new ArrayList<>(SKILLS.subList(0, 8));
        Collections.shuffle(shuffled, random);
        var essential = new ArrayList<>(shuffled.subList(0, 4));
        if (random.nextBoolean()) {
            essential.add("untaught");
        }
        w.occupation("job", essential, shuffled.subList(4, 6));
        var holdings = new ArrayList<String>();
        for (int h = random.nextInt(3); h > 0; h--) {
            holdings.add("c" + random.nextInt(n));
        }
        return new Instance(w, World.learner(holdings.stream().distinct().toList(), List.of(), List.of()));
    }

    /** Whether every credential of the set can be taken in some order: holdings and earlier ones meet its entry rules. */
    private static boolean admissible(List<Offering> set, World w, EntryRules entry) {
        var admitted = new ArrayList<Offering>();
        var left = new ArrayList<>(set);
        boolean grew = true;
        while (grew && !left.isEmpty()) {
            grew = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                var o = it.next();
                var rule = w.prerequisites.get(o.id());
                if (rule == null || entry.met(rule, admitted)) {
                    admitted.add(o);
                    it.remove();
                    grew = true;
                }
            }
        }
        return left.isEmpty();
    }

    @Test
    void routesAreOptimalOnEveryLevelAgainstExhaustiveSearch() {
        int withEntryRules = 0;
        int withUntaught = 0;
        for (long seed = 0; seed < 150; seed++) {
            var inst = instance(seed);
            var route = optimalAgainstExhaustiveSearch(inst, seed);
            withEntryRules += route.credentials().stream().anyMatch(s -> inst.world().prerequisites.containsKey(s.credential().id())) ? 1 : 0;
            withUntaught += route.untaught().isEmpty() ? 0 : 1;
        }
        // the instances exercise what they are meant to: routes through entry rules, and skills no one teaches
        assertThat(withEntryRules).isGreaterThan(30);
        assertThat(withUntaught).isGreaterThan(30);
    }

    /**
     * Instances built for the support dominance: two in five courses teach no goal skill and serve only as
     * support, entry rules ask for k items or a sum of credits from code-prefix filters that many courses match.
     */
    private static Instance supportInstance(long seed) {
        var random = new Random(seed);
        var w = new World();
        int n = 10 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(5) < 2) {
                w.course("c" + i, 1 + random.nextInt(4), 20 * random.nextInt(3), "x" + random.nextInt(2));
            } else {
                var taught = new HashSet<String>();
                int count = 1 + random.nextInt(2);
                while (taught.size() < count) {
                    taught.add("s" + random.nextInt(5));
                }
                w.course("c" + i, 1 + random.nextInt(5), 40 * random.nextInt(3), taught.toArray(String[]::new));
            }
        }
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < 0.45) {
                var leaves = new ArrayList<Rule>();
                int m = 1 + random.nextInt(2);
                for (int j = 0; j < m; j++) {
                    double r = random.nextDouble();
                    leaves.add(r < 0.5 ? w.prefix("C1") : r < 0.8 ? w.prefix("C") : w.cred("c" + random.nextInt(n)));
                }
                var rule = random.nextBoolean() ? w.kOf(1 + random.nextInt(2), leaves.toArray(Rule[]::new))
                        : w.credits(2 + random.nextInt(5), leaves.toArray(Rule[]::new));
                if (!leaves.isEmpty()) {
                    w.needs("c" + i, rule);
                }
            }
        }
        w.occupation("job", List.of("s0", "s1", "s2"), List.of("s3", "s4"));
        var holdings = random.nextInt(4) == 0 ? List.of("c" + random.nextInt(n)) : List.<String>of();
        return new Instance(w, World.learner(holdings, List.of(), List.of()));
    }

    @Test
    void routesThroughSupportersOfFilterRulesAreOptimalAgainstExhaustiveSearch() {
        int throughPureSupporters = 0;
        for (long seed = 0; seed < 150; seed++) {
            var inst = supportInstance(seed);
            var route = optimalAgainstExhaustiveSearch(inst, seed);
            throughPureSupporters += route.credentials().stream().anyMatch(s -> s.coversEssential().isEmpty() && s.coversOptional().isEmpty()) ? 1 : 0;
        }
        // routes that take a credential only for what it counts toward in another's entry rule
        assertThat(throughPureSupporters).isGreaterThan(15);
    }

    @Test
    void theGreedyWarmStartCoversWithCandidatesThatNeedNothingOrGivesUp() {
        var candidates = List.of(new World().course("a", 1, 0, "s0").offerings.get("a"));
        long[] cost = {100, 300, 100};
        var offerings = List.of(candidates.get(0), candidates.get(0), candidates.get(0));
        // skill 0: candidates 0 and 1; skill 1: candidates 1 and 2; candidate 2 needs an entry rule
        var problem = new SetCover.Problem(offerings, List.of(new int[] {0, 1}, new int[] {1, 2}), List.of(), cost, cost,
                Map.of(2, new World().kOf(1)), Duration.ofSeconds(1));
        // greedy takes 0 first (one skill per 100) and then needs 1 for skill 1: 400 where {1} alone costs 300, so it only
        // warm-starts the solver (and answers when the solver finds nothing in time)
        assertThat(SetCover.greedy(problem).stream().boxed().toList()).containsExactly(0, 1);

        var onlyRuled = new SetCover.Problem(offerings, List.of(new int[] {2}), List.of(), cost, cost, Map.of(2, new World().kOf(1)),
                Duration.ofSeconds(1));
        assertThat(SetCover.greedy(onlyRuled)).isNull();
    }

    /** Solves the instance and checks the route against every admissible subset of the catalog; returns the route. */
    private static Route optimalAgainstExhaustiveSearch(Instance inst, long seed) {
        var index = inst.world().index();
        var learner = inst.learner();
        var route = new Recommender(index).route(learner, Goal.occupation("job"), Selection.NONE,
                new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(20)));
        var held = new HeldSkills(index, learner);
        var goal = GoalProfile.resolve(index, Goal.occupation("job"));
        var essential = goal.essential().stream().filter(s -> !held.holds(s)).toList();
        var optional = goal.optional().stream().filter(s -> !held.holds(s)).toList();
        var entry = new EntryRules(index, learner.validHoldings(index), learner.date());
        var usable = index.catalog().offerings().values().stream().filter(o -> !held.credentials().contains(o.id()))
                .sorted(java.util.Comparator.comparing(Offering::id)).toList();

        var coverable = new HashSet<String>();
        long bestPrimary = Long.MAX_VALUE;
        long bestUncovered = Long.MAX_VALUE;
        long bestSecondary = Long.MAX_VALUE;
        var feasible = new ArrayList<List<Offering>>();
        for (int mask = 0; mask < 1 << usable.size(); mask++) {
            var set = new ArrayList<Offering>();
            for (int i = 0; i < usable.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(usable.get(i));
                }
            }
            if (admissible(set, inst.world(), entry)) {
                feasible.add(set);
                set.forEach(o -> coverable.addAll(index.countsFor(o.id())));
            }
        }
        var hard = essential.stream().filter(coverable::contains).toList();
        for (var set : feasible) {
            Set<String> covered = new HashSet<>();
            set.forEach(o -> covered.addAll(index.countsFor(o.id())));
            if (!covered.containsAll(hard)) {
                continue;
            }
            long primary = set.stream().mapToLong(o -> Math.round(o.ects() * 100)).sum();
            long uncovered = optional.stream().filter(s -> !covered.contains(s)).count();
            long secondary = set.stream().mapToLong(o -> Math.round(o.price() * 100)).sum();
            if (primary < bestPrimary || primary == bestPrimary && (uncovered < bestUncovered
                    || uncovered == bestUncovered && secondary < bestSecondary)) {
                bestPrimary = primary;
                bestUncovered = uncovered;
                bestSecondary = secondary;
            }
        }
        assertThat(route.status()).isEqualTo("OPTIMAL");
        assertThat(Math.round(route.totalEcts() * 100)).as("seed %d ECTS", seed).isEqualTo(bestPrimary);
        assertThat((long) route.optionalGap() - route.optionalCovered()).as("seed %d optional", seed).isEqualTo(bestUncovered);
        assertThat(Math.round(route.totalPrice() * 100)).as("seed %d price", seed).isEqualTo(bestSecondary);
        assertThat(route.essentialCovered()).isEqualTo(hard.size());
        var chosen = route.credentials().stream().map(s -> index.catalog().offering(s.credential().id()).orElseThrow()).toList();
        assertThat(admissible(chosen, inst.world(), entry)).as("seed %d admissible", seed).isTrue();
        return route;
    }

    @Test
    void employerBundlesAreTheSmallestThenCheapestAgainstExhaustiveSearch() {
        for (long seed = 0; seed < 150; seed++) {
            var inst = instance(seed);
            var index = inst.world().index();
            var coverage = new Recommender(index).coverage(Goal.occupation("job"), Selection.NONE, 3, CoverageAnalysis.Scope.ALL,
                    Duration.ofSeconds(20));
            var goal = GoalProfile.resolve(index, Goal.occupation("job"));
            var all = index.catalog().offerings().values().stream().sorted(java.util.Comparator.comparing(Offering::id)).toList();
            var taught = goal.all().stream().filter(s -> !index.teachers(s).isEmpty()).toList();
            int bestSize = Integer.MAX_VALUE;
            long bestPrice = Long.MAX_VALUE;
            for (int mask = 0; mask < 1 << all.size(); mask++) {
                var covered = new HashSet<String>();
                long price = 0;
                for (int i = 0; i < all.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        covered.addAll(index.countsFor(all.get(i).id()));
                        price += Math.round(all.get(i).price() * 100);
                    }
                }
                int size = Integer.bitCount(mask);
                if (covered.containsAll(taught) && (size < bestSize || size == bestSize && price < bestPrice)) {
                    bestSize = size;
                    bestPrice = price;
                }
            }
            assertThat(coverage.bundle().size()).as("seed %d size", seed).isEqualTo(bestSize);
            assertThat(Math.round(coverage.bundle().totalPrice() * 100)).as("seed %d price", seed).isEqualTo(bestPrice);
            assertThat(coverage.taught()).isEqualTo(taught.size());
        }
    }

    /**
     * The weighted sum given no effort hands over to one solve per level at once, a tiny effort from whatever it found,
     * an unlimited one never: each must reach the lexicographic optimum of exhaustive search (least primary, then most
     * soft skills, then least secondary), with and without soft skills.
     */
    @Test
    void aWeightedSumOutOfEffortGoesOnLevelByLevelToTheSameOptimum() {
        var offering = new World().course("a", 1, 0, "s0").offerings.get("a");
        for (long seed = 0; seed < 120; seed++) {
            var random = new Random(seed);
            int n = 6 + random.nextInt(11);
            int rows = 4 + random.nextInt(8);
            int softRows = seed % 2 == 0 ? 0 : 1 + random.nextInt(3);
            var covers = new int[n];
            for (int i = 0; i < n; i++) {
                covers[i] = random.nextInt(1 << (rows + softRows));
            }
            long[] primary = new long[n];
            long[] secondary = new long[n];
            for (int i = 0; i < n; i++) {
                primary[i] = 1 + random.nextInt(seed % 3 == 0 ? 1 : 3); // unit primary like employer bundles, or varied
                secondary[i] = 100L * random.nextInt(6);
            }
            var hard = new ArrayList<int[]>();
            var soft = new ArrayList<int[]>();
            for (int r = 0; r < rows + softRows; r++) {
                final int row = r;
                var by = IntStream.range(0, n).filter(i -> (covers[i] & 1 << row) != 0).toArray();
                if (r >= rows) {
                    soft.add(by);
                } else if (by.length > 0) {
                    hard.add(by);
                }
            }
            long[] best = null;
            for (int mask = 0; mask < 1 << n; mask++) {
                int covered = 0;
                long[] value = new long[3];
                for (int i = 0; i < n; i++) {
                    if ((mask & 1 << i) != 0) {
                        covered |= covers[i];
                        value[0] += primary[i];
                        value[2] += secondary[i];
                    }
                }
                boolean coversHard = true;
                for (var by : hard) {
                    final int m = mask;
                    coversHard &= Arrays.stream(by).anyMatch(i -> (m & 1 << i) != 0);
                }
                value[1] = softRows - Integer.bitCount(covered >>> rows);
                if (coversHard && (best == null || Arrays.compare(value, best) < 0)) {
                    best = value;
                }
            }
            var offerings = Collections.nCopies(n, offering);
            for (double effort : new double[] {0, 1e-4, Double.POSITIVE_INFINITY}) {
                var solution = SetCover.solve(new SetCover.Problem(offerings, hard, soft, primary, secondary, Map.of(),
                        Duration.ofSeconds(20), effort), new EntryRules(new World().index(), List.of(), World.TODAY));
                long[] value = new long[3];
                for (int i : solution.chosen()) {
                    value[0] += primary[i];
                    value[2] += secondary[i];
                }
                value[1] = solution.softUncovered();
                assertThat(solution.status()).isEqualTo("OPTIMAL");
                assertThat(value).as("seed %d effort %s", seed, effort).containsExactly(best);
            }
        }
    }
}
