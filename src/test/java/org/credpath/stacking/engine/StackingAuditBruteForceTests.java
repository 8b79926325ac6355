package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The branch and bound finds the same optimum as trying every assignment, on many random small instances (filters
 * with exceptions among them; gated groups and double counting in the second pair of tests). Where a holding may
 * count, and in which counting blocks, is worked out here on its own, not by {@link Eligibility} or {@link IndexedTree}.
 */
class StackingAuditBruteForceTests {

    static final String[] CODES = {"DATA1", "DATA2", "SEC1", "SEC2", "AI1"};

    @Test
    void matchesExhaustiveSearchOnRandomInstances() {
        compareWithExhaustiveSearch(StackingAudit.Options.SEARCH_NODES, 400, false);
    }

    @Test
    void exactSolverAloneMatchesExhaustiveSearch() {
        // no search node at all: the CP-SAT models of the rules (its relaxation, then the exact one) answer every instance
        compareWithExhaustiveSearch(0, 150, false);
    }

    /**
     * The solver alone on a pick-1 whose items are a course and a group: once the course is met it is the item kept, so a
     * partly met group beside it counts nothing, however many credits it holds. The model may leave that rule out only for
     * leaf-like items (a leaf counts nothing unless met); leaving it out for the group too makes the solver prefer b in the
     * group (counted 5 beside a, really 1) over b where it counts 3, and answer 2 credits for the optimum's 4.
     */
    @Test
    void solverKeepsAMetItemBeforeAPartlyMetGroupWithMoreCredits() {
        var f = new Fixtures().course("a", "A1", 1).course("b", "B1", 5).course("c", "C1", 2).course("d", "D1", 1);
        var pick = f.kOf(1, f.cred("a"), f.allOf(f.cred("b"), f.cred("c")));
        var capped = f.group(Rule.Kind.AT_LEAST_K_OF, 1, null, new Rule.Limits(3.0, null, null, null, null), f.cred("b"), f.cred("d"));
        f.target("t", 12, f.allOf(pick, capped));
        var holdings = List.of(Fixtures.held("a"), Fixtures.held("b"), Fixtures.held("d"));
        var catalog = f.snapshot();

        for (long searchNodes : new long[] {0, StackingAudit.Options.SEARCH_NODES}) {
            var result = new StackingAudit(catalog, new StackingAudit.Options(Fixtures.TODAY, java.util.Set.of(), searchNodes)).audit("t", holdings);

            assertThat(result.exact()).isTrue();
            assertThat(result.met()).isTrue();
            assertThat(result.countedCredits()).as("%d search nodes", searchNodes).isEqualTo(4.0);
        }
        assertThat(bruteForce(catalog, holdings, java.util.Set.of()).countedMillis()).isEqualTo(4000);
    }

    @Test
    void matchesExhaustiveSearchWithGatedGroupsAndDoubleCounting() {
        compareWithExhaustiveSearch(StackingAudit.Options.SEARCH_NODES, 400, true);
    }

    @Test
    void exactSolverAloneMatchesExhaustiveSearchWithGatedGroupsAndDoubleCounting() {
        compareWithExhaustiveSearch(0, 150, true);
    }

    /** Deadlines (completeByTerm 1-3 on random groups) and holdings earned over six terms; the last check is the mutation one. */
    @Test
    void matchesExhaustiveSearchWithDeadlines() {
        compareWithExhaustiveSearch(StackingAudit.Options.SEARCH_NODES, 400, false, true);
    }

    @Test
    void exactSolverAloneMatchesExhaustiveSearchWithDeadlines() {
        compareWithExhaustiveSearch(0, 150, false, true);
    }

    /** Terms of 6 months from 30 months before the audit: holdings fall in terms 1 to 6. */
    private static final TermCalendar CALENDAR = new TermCalendar(Fixtures.TODAY.minusMonths(30), 6);

    @Test
    void matchesExhaustiveSearchWithDistributionAreas() {
        compareWithAreas(StackingAudit.Options.SEARCH_NODES, 400);
    }

    @Test
    void exactSolverAloneMatchesExhaustiveSearchWithDistributionAreas() {
        compareWithAreas(0, 200);
    }

    private static final String[] AREAS = {"LA", "HA", "SA"};

    /** Courses in zero to two of three areas; groups with distribution areas over leaves, beside plain leaves and groups. */
    private static void compareWithAreas(long searchNodes, int instances) {
        var random = new Random(2222);
        int compared = 0;
        int unmetByAreas = 0;
        int twoAreaCourses = 0;
        for (int instance = 0; instance < instances; instance++) {
            var f = new Fixtures();
            int courses = 4 + random.nextInt(4);
            for (int c = 0; c < courses; c++) {
                var areas = new java.util.TreeSet<String>();
                for (int a = random.nextInt(3); a > 0; a--) {
                    areas.add(AREAS[random.nextInt(AREAS.length)]);
                }
                f.courseIn("c" + c, CODES[random.nextInt(CODES.length)] + c, 1 + random.nextInt(6), areas.toArray(String[]::new));
            }
            var children = new ArrayList<Rule>();
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                children.add(randomAreaGroup(f, random, courses));
            }
            if (random.nextBoolean()) {
                children.add(randomRule(f, random, courses, 2, false));
            }
            var kind = random.nextBoolean() ? Rule.Kind.ALL_OF : Rule.Kind.AT_LEAST_CREDITS;
            f.target("t", 12, f.group(kind, null, 3.0 + random.nextInt(10), Rule.Limits.NONE, children.toArray(Rule[]::new)));
            var holdings = new ArrayList<Holding>();
            for (int h = 1 + random.nextInt(6); h > 0; h--) {
                holdings.add(Fixtures.held("c" + random.nextInt(courses)));
            }
            var catalog = f.snapshot();
            var result = new StackingAudit(catalog, new StackingAudit.Options(Fixtures.TODAY, java.util.Set.of(), searchNodes)).audit("t", holdings);
            var best = bruteForce(catalog, holdings, java.util.Set.of());
            if (best == null) {
                continue;
            }
            compared++;

            assertThat(result.exact()).isTrue();
            assertThat(result.met()).as("instance %d met", instance).isEqualTo(best.met());
            assertThat(Math.round(result.countedCredits() * 1000)).as("instance %d credits", instance).isEqualTo(best.countedMillis());
            unmetByAreas += result.tree().children().stream().anyMatch(n -> n.detail() != null && n.detail().contains("but only")) ? 1 : 0;
            twoAreaCourses += holdings.stream().anyMatch(h -> catalog.offering(h.credential()).orElseThrow().areas().size() > 1) ? 1 : 0;
        }
        assertThat(compared).as("instances small enough to try every assignment").isGreaterThan(instances * 8 / 10);
        assertThat(unmetByAreas).as("instances where the areas, not the count, left a node unmet").isGreaterThan(5);
        assertThat(twoAreaCourses).as("instances with a course in two areas").isGreaterThan(instances / 4);
    }

    private static Rule randomAreaGroup(Fixtures f, Random random, int courses) {
        var leaves = new Rule[1 + random.nextInt(3)];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = switch (random.nextInt(3)) {
                case 0 -> f.cred("c" + random.nextInt(courses));
                case 1 -> f.inAreas(AREAS[random.nextInt(3)], AREAS[random.nextInt(3)]);
                default -> f.prefix(CODES[random.nextInt(CODES.length)].substring(0, 2));
            };
        }
        int minAreas = random.nextInt(3);
        Integer perArea = minAreas == 0 || random.nextBoolean() ? 1 + random.nextInt(2) : null;
        var named = random.nextInt(3) == 0 ? java.util.Set.of("LA", "HA") : null;
        boolean kOf = random.nextBoolean();
        var group = f.areas(kOf ? Rule.Kind.AT_LEAST_K_OF : Rule.Kind.AT_LEAST_CREDITS, kOf ? Math.max(minAreas, 1 + random.nextInt(3)) : null,
                2.0 + random.nextInt(8), minAreas, perArea, named, leaves);
        return group;
    }

    private static void compareWithExhaustiveSearch(long searchNodes, int instances, boolean constructs) {
        compareWithExhaustiveSearch(searchNodes, instances, constructs, false);
    }

    private static void compareWithExhaustiveSearch(long searchNodes, int instances, boolean constructs, boolean timed) {
        var random = new Random(timed ? 2222 : constructs ? 4242 : 42);
        int late = 0;
        int deadlinesMattered = 0;
        int gated = 0;
        int doubleCounted = 0;
        int compared = 0;
        for (int instance = 0; instance < instances; instance++) {
            var f = new Fixtures();
            int courses = 4 + random.nextInt(4);
            for (int c = 0; c < courses; c++) {
                f.course("c" + c, CODES[random.nextInt(CODES.length)] + c, 1 + random.nextInt(6));
            }
            if (random.nextBoolean()) {
                f.recognise("c0", "c1", random.nextBoolean() ? null : 1.0 + random.nextInt(3));
            }
            f.target("t", 12, randomRule(f, random, courses, 0, constructs, timed));
            var holdings = new ArrayList<Holding>();
            int held = 1 + random.nextInt(6);
            for (int h = 0; h < held; h++) {
                var holding = timed ? Fixtures.held("c" + random.nextInt(courses), Fixtures.TODAY.minusDays(random.nextInt(900)), null)
                        : Fixtures.held("c" + random.nextInt(courses));
                if (!constructs || !holdings.contains(holding)) { // distinct, so that a credential counted twice is double counting
                    holdings.add(holding);
                }
            }
            var catalog = f.snapshot();
            var waived = random.nextBoolean() ? java.util.Set.of("cond-1") : java.util.Set.<String>of();
            var result = new StackingAudit(catalog, new StackingAudit.Options(Fixtures.TODAY, waived, searchNodes).withCalendar(CALENDAR))
                    .audit("t", holdings);
            var best = bruteForce(catalog, holdings, waived, true);
            if (best == null) {
                continue;
            }
            compared++;
            if (timed) {
                late += result.notCounted().stream().anyMatch(u -> u.reason() == NotCountedReason.AFTER_DEADLINE) ? 1 : 0;
                // mutation check: an engine that ignored deadlines would differ from the exhaustive answer here
                var ignoring = bruteForce(catalog, holdings, waived, false);
                deadlinesMattered += ignoring.met() != best.met() || ignoring.countedMillis() != best.countedMillis() ? 1 : 0;
            }

            assertThat(result.exact()).isTrue();
            assertThat(result.met()).as("instance %d met", instance).isEqualTo(best.met());
            assertThat(Math.round(result.countedCredits() * 1000)).as("instance %d credits", instance).isEqualTo(best.countedMillis());
            gated += result.notCounted().stream().anyMatch(u -> u.reason() == NotCountedReason.GATED_NODE_INCOMPLETE) ? 1 : 0;
            doubleCounted += result.counted().stream().map(AuditResult.CountedHolding::credential).distinct().count() < result.counted().size() ? 1 : 0;
            for (var u : result.notCounted()) {
                if (u.reason() == NotCountedReason.EXCLUDED_BY_RULE) {
                    assertThat(excludedSomewhere(catalog, u.credential())).as("instance %d %s", instance, u.credential()).isTrue();
                }
            }
        }
        assertThat(compared).as("instances small enough to try every assignment").isGreaterThan(instances * 8 / 10);
        assertExercised(constructs, gated, doubleCounted);
        if (timed) {
            assertThat(late).as("instances where a deadline kept a holding from counting").isGreaterThan(20);
            assertThat(deadlinesMattered).as("instances whose optimum ignoring deadlines is another").isGreaterThan(20);
        }
    }

    private static void assertExercised(boolean constructs, int gated, int doubleCounted) {
        if (constructs) {
            assertThat(gated).as("instances where a gated group held progress back").isGreaterThan(5);
            assertThat(doubleCounted).as("instances where a holding counted twice").isGreaterThan(5);
        }
    }

    private static boolean excludedSomewhere(CatalogSnapshot catalog, String credential) {
        var tree = new IndexedTree(catalog.requirements("t").orElseThrow());
        var as = new java.util.HashSet<String>(java.util.Set.of(credential)); // itself, or what it is recognised as
        catalog.recognitionsFrom(credential).forEach(r -> as.add(r.to()));
        return tree.leaves.stream().anyMatch(l -> l instanceof Rule.FilterLeaf f && as.stream().anyMatch(f.filter().excluded()::contains));
    }

    static Rule randomRule(Fixtures f, Random random, int courses, int depth, boolean constructs) {
        return randomRule(f, random, courses, depth, constructs, false);
    }

    private static Rule randomRule(Fixtures f, Random random, int courses, int depth, boolean constructs, boolean timed) {
        if (depth == 3 || (depth > 0 && random.nextInt(3) == 0)) {
            if (random.nextInt(8) == 0) {
                return new Rule.ConditionLeaf("cond-" + random.nextInt(2), "a condition an adviser may waive");
            }
            if (random.nextBoolean()) {
                return f.cred("c" + random.nextInt(courses));
            }
            var prefix = CODES[random.nextInt(CODES.length)].substring(0, 2);
            return random.nextBoolean() ? f.prefix(prefix) : f.prefixExcept(prefix, "c" + random.nextInt(courses), "c" + random.nextInt(courses));
        }
        int n = 1 + random.nextInt(3);
        var children = new Rule[n];
        for (int i = 0; i < n; i++) {
            children[i] = randomRule(f, random, courses, depth + 1, constructs, timed);
        }
        var kind = Rule.Kind.values()[random.nextInt(3)];
        var limits = random.nextInt(3) == 0
                ? new Rule.Limits(random.nextBoolean() ? 2.0 + random.nextInt(6) : null, random.nextBoolean() ? 1 + random.nextInt(2) : null, null, null, null)
                : Rule.Limits.NONE;
        if (constructs) {
            int share = random.nextInt(8);
            limits = limits.with(depth > 0 && random.nextInt(3) == 0, share < 2 ? Boolean.TRUE : share == 2 ? Boolean.FALSE : null);
        }
        if (timed && random.nextInt(3) == 0) {
            limits = limits.withTiming(Rule.Timing.of(1 + random.nextInt(5), null));
        }
        return f.group(kind, 1 + random.nextInt(n), 2.0 + random.nextInt(10), limits, children);
    }

    /**
     * Every holding at each set of leaves it may count at together, or nowhere; credential leaves take one holding.
     * Together: at most one leaf per counting block. The nearest group above a leaf that says doubleCount decides: under
     * true the leaf's block is its parent group (so a holding may count once per group there), under false or none
     * it is the target's.
     */
    private static TreeEvaluator.Score bruteForce(CatalogSnapshot catalog, List<Holding> holdings, java.util.Set<String> waived) {
        return bruteForce(catalog, "t", holdings, waived, true);
    }

    /** The same for any target of the catalog (RealRequirementSetTests: a real programme's rules). */
    static TreeEvaluator.Score bruteForce(CatalogSnapshot catalog, String target, List<Holding> holdings, java.util.Set<String> waived) {
        return bruteForce(catalog, target, holdings, waived, true);
    }

    private static TreeEvaluator.Score bruteForce(CatalogSnapshot catalog, List<Holding> holdings, java.util.Set<String> waived,
                                                  boolean deadlines) {
        return bruteForce(catalog, "t", holdings, waived, deadlines);
    }

    /**
     * With {@code deadlines}, a holding may count at a leaf only when earned by the end of the earliest completeByTerm above
     * it (term N ends the day before the calendar's start plus N times 6 months).
     */
    private static TreeEvaluator.Score bruteForce(CatalogSnapshot catalog, String target, List<Holding> holdings,
                                                  java.util.Set<String> waived, boolean deadlines) {
        var tree = new IndexedTree(catalog.requirements(target).orElseThrow());
        var evaluator = new TreeEvaluator(tree, waived);
        var assignment = new ArrayList<List<Candidate>>();
        tree.leaves.forEach(l -> assignment.add(new ArrayList<>()));
        var best = new TreeEvaluator.Score[] {TreeEvaluator.Score.WORST};
        var placements = new ArrayList<List<List<Candidate>>>();
        var blocks = new ArrayList<Object>();
        walk(catalog.requirements(target).orElseThrow(), false, null, blocks);
        var due = new ArrayList<java.time.LocalDate>();
        dueDates(catalog.requirements(target).orElseThrow(), null, due);
        candidates(catalog, tree, holdings).forEach(c -> placements.add(together(c.stream()
                .filter(x -> !deadlines || due.get(x.leaf()) == null || !holdings.get(x.holding()).date().isAfter(due.get(x.leaf())))
                .toList(), blocks)));
        if (placements.stream().mapToDouble(List::size).reduce(1, (a, b) -> a * b) > 3e6) {
            return null; // too many to try in a unit test
        }
        enumerate(0, placements, assignment, tree, evaluator, best);
        return best[0];
    }

    private static final Object TARGET = "target";

    /** Each leaf's counting block, leaves numbered left to right: its parent group where double counting is allowed, else {@link #TARGET}. */
    static void walk(Rule rule, boolean sharing, Rule.Group parent, List<Object> blocks) {
        if (!(rule instanceof Rule.Group g)) {
            blocks.add(sharing ? parent : TARGET);
            return;
        }
        var decides = g.limits().doubleCount();
        boolean here = decides == null ? sharing : decides;
        g.children().forEach(child -> walk(child, here, g, blocks));
    }

    /** Each leaf's due date, leaves numbered left to right: the earliest end of a completeByTerm term above it, or null. */
    private static void dueDates(Rule rule, java.time.LocalDate inherited, List<java.time.LocalDate> due) {
        if (!(rule instanceof Rule.Group g)) {
            due.add(inherited);
            return;
        }
        var here = inherited;
        var timing = g.limits().timing();
        if (timing != null && timing.completeByTerm() != null) {
            var end = Fixtures.TODAY.minusMonths(30).plusMonths(6L * timing.completeByTerm()).minusDays(1);
            here = here == null || end.isBefore(here) ? end : here;
        }
        for (var child : g.children()) {
            dueDates(child, here, due);
        }
    }

    /** The sets of a holding's candidates it may count at together (the empty set included). */
    static List<List<Candidate>> together(List<Candidate> candidates, List<Object> blocks) {
        var sets = new ArrayList<List<Candidate>>();
        for (int mask = 0; mask < (1 << candidates.size()); mask++) {
            var set = new ArrayList<Candidate>();
            var used = new java.util.HashSet<Object>();
            boolean ok = true;
            for (int i = 0; i < candidates.size() && ok; i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(candidates.get(i));
                    ok = used.add(blocks.get(candidates.get(i).leaf())); // groups compare by identity
                }
            }
            if (ok) {
                sets.add(set);
            }
        }
        return sets;
    }

    /** Per holding, each leaf it may count at with the most credits it brings there: as itself or as what it is recognised as. */
    static List<List<Candidate>> candidates(CatalogSnapshot catalog, IndexedTree tree, List<Holding> holdings) {
        var all = new ArrayList<List<Candidate>>();
        var parents = new ArrayList<Rule.Group>();
        parents(tree.root, null, parents);
        for (int h = 0; h < holdings.size(); h++) {
            var held = catalog.offering(holdings.get(h).credential()).orElseThrow();
            var here = new ArrayList<Candidate>();
            for (int leaf = 0; leaf < tree.leaves.size(); leaf++) {
                Candidate best = null;
                if (accepts(tree.leaves.get(leaf), held)) {
                    best = new Candidate(h, leaf, held.ects(), null);
                }
                for (var r : catalog.recognitionsFrom(held.id())) {
                    var as = catalog.offering(r.to()).orElseThrow();
                    double credits = r.credits() != null ? r.credits() : held.ects();
                    if (accepts(tree.leaves.get(leaf), as) && (best == null || credits > best.credits())) {
                        best = new Candidate(h, leaf, credits, as.id());
                    }
                }
                if (best != null) {
                    here.addAll(byArea(catalog, best, parents.get(leaf), held));
                }
            }
            all.add(here);
        }
        return all;
    }

    /** Each leaf's parent group, leaves numbered left to right. */
    private static void parents(Rule rule, Rule.Group parent, List<Rule.Group> parents) {
        if (rule instanceof Rule.Group g) {
            g.children().forEach(child -> parents(child, g, parents));
        } else {
            parents.add(parent);
        }
    }

    /**
     * Under a group with distribution areas, the holding once per area it may count for there: the areas of what it
     * counts as (itself, or what it is recognised as) that the group names (all, if it names none); none: no area.
     */
    private static List<Candidate> byArea(CatalogSnapshot catalog, Candidate c, Rule.Group parent, Offering held) {
        if (parent == null || parent.limits().distribution() == null) {
            return List.of(c);
        }
        var named = parent.limits().distribution().areas();
        var as = c.via() != null ? catalog.offering(c.via()).orElseThrow() : held;
        var areas = as.areas().stream().filter(a -> named.isEmpty() || named.contains(a)).toList();
        return areas.isEmpty() ? List.of(c) : areas.stream().map(a -> new Candidate(c.holding(), c.leaf(), c.credits(), c.via(), a)).toList();
    }

    private static boolean accepts(Rule leaf, Offering o) {
        if (leaf instanceof Rule.CredentialLeaf c) {
            return c.credential().equals(o.id());
        }
        if (!(leaf instanceof Rule.FilterLeaf f)) {
            return false; // a condition takes no holding
        }
        var filter = f.filter(); // the criteria the tests use: a code prefix, providers, areas, the exceptions
        return (filter.codePrefix() == null || o.code() != null && o.code().startsWith(filter.codePrefix()))
                && (filter.providers().isEmpty() || filter.providers().contains(o.provider())) && !filter.excluded().contains(o.id())
                && (filter.areas().isEmpty() || o.areas().stream().anyMatch(filter.areas()::contains));
    }

    private static void enumerate(int h, List<List<List<Candidate>>> placements, List<List<Candidate>> assignment, IndexedTree tree,
                                  TreeEvaluator evaluator, TreeEvaluator.Score[] best) {
        if (h == placements.size()) {
            var score = evaluator.score(assignment);
            if (score.compareTo(best[0]) > 0) {
                best[0] = score;
            }
            return;
        }
        for (var set : placements.get(h)) {
            if (set.stream().allMatch(c -> assignment.get(c.leaf()).size() < tree.capacity(c.leaf()))) {
                set.forEach(c -> assignment.get(c.leaf()).add(c));
                enumerate(h + 1, placements, assignment, tree, evaluator, best);
                set.forEach(c -> assignment.get(c.leaf()).remove(assignment.get(c.leaf()).size() - 1));
            }
        }
    }
}
