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
 * with exceptions among them). Where a holding may count is worked out here on its own, not by {@link Eligibility}.
 */
class StackingAuditBruteForceTests {

    private static final String[] CODES = {"DATA1", "DATA2", "SEC1", "SEC2", "AI1"};

    @Test
    void matchesExhaustiveSearchOnRandomInstances() {
        compareWithExhaustiveSearch(StackingAudit.Options.SEARCH_NODES, 400);
    }

    @Test
    void exactSolverAloneMatchesExhaustiveSearch() {
        // no search node at all: the CP-SAT models of the rules (its relaxation, then the exact one) answer every instance
        compareWithExhaustiveSearch(0, 150);
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

    private static void compareWithExhaustiveSearch(long searchNodes, int instances) {
        var random = new Random(42);
        for (int instance = 0; instance < instances; instance++) {
            var f = new Fixtures();
            int courses = 4 + random.nextInt(4);
            for (int c = 0; c < courses; c++) {
                f.course("c" + c, CODES[random.nextInt(CODES.length)] + c, 1 + random.nextInt(6));
            }
            if (random.nextBoolean()) {
                f.recognise("c0", "c1", random.nextBoolean() ? null : 1.0 + random.nextInt(3));
            }
            f.target("t", 12, randomRule(f, random, courses, 0));
            var holdings = new ArrayList<Holding>();
            int held = 1 + random.nextInt(6);
            for (int h = 0; h < held; h++) {
                holdings.add(Fixtures.held("c" + random.nextInt(courses)));
            }
            var catalog = f.snapshot();
            var waived = random.nextBoolean() ? java.util.Set.of("cond-1") : java.util.Set.<String>of();
            var result = new StackingAudit(catalog, new StackingAudit.Options(Fixtures.TODAY, waived, searchNodes)).audit("t", holdings);
            var best = bruteForce(catalog, holdings, waived);

            assertThat(result.exact()).isTrue();
            assertThat(result.met()).as("instance %d met", instance).isEqualTo(best.met());
            assertThat(Math.round(result.countedCredits() * 1000)).as("instance %d credits", instance).isEqualTo(best.countedMillis());
            for (var u : result.notCounted()) {
                if (u.reason() == NotCountedReason.EXCLUDED_BY_RULE) {
                    assertThat(excludedSomewhere(catalog, u.credential())).as("instance %d %s", instance, u.credential()).isTrue();
                }
            }
        }
    }

    private static boolean excludedSomewhere(CatalogSnapshot catalog, String credential) {
        var tree = new IndexedTree(catalog.requirements("t").orElseThrow());
        return tree.leaves.stream().anyMatch(l -> l instanceof Rule.FilterLeaf f && f.filter().excluded().contains(credential));
    }

    private static Rule randomRule(Fixtures f, Random random, int courses, int depth) {
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
            children[i] = randomRule(f, random, courses, depth + 1);
        }
        var kind = Rule.Kind.values()[random.nextInt(3)];
        var limits = random.nextInt(3) == 0
                ? new Rule.Limits(random.nextBoolean() ? 2.0 + random.nextInt(6) : null, random.nextBoolean() ? 1 + random.nextInt(2) : null, null, null, null)
                : Rule.Limits.NONE;
        return f.group(kind, 1 + random.nextInt(n), 2.0 + random.nextInt(10), limits, children);
    }

    /** Every holding at each leaf it may count at, or nowhere; credential leaves take one holding. */
    private static TreeEvaluator.Score bruteForce(CatalogSnapshot catalog, List<Holding> holdings, java.util.Set<String> waived) {
        var tree = new IndexedTree(catalog.requirements("t").orElseThrow());
        var evaluator = new TreeEvaluator(tree, waived);
        var assignment = new ArrayList<List<Candidate>>();
        tree.leaves.forEach(l -> assignment.add(new ArrayList<>()));
        var best = new TreeEvaluator.Score[] {TreeEvaluator.Score.WORST};
        enumerate(0, candidates(catalog, tree, holdings), assignment, tree, evaluator, best);
        return best[0];
    }

    /** Per holding, each leaf it may count at with the most credits it brings there: as itself or as what it is recognised as. */
    private static List<List<Candidate>> candidates(CatalogSnapshot catalog, IndexedTree tree, List<Holding> holdings) {
        var all = new ArrayList<List<Candidate>>();
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
                    here.add(best);
                }
            }
            all.add(here);
        }
        return all;
    }

    private static boolean accepts(Rule leaf, Offering o) {
        if (leaf instanceof Rule.CredentialLeaf c) {
            return c.credential().equals(o.id());
        }
        if (!(leaf instanceof Rule.FilterLeaf f)) {
            return false; // a condition takes no holding
        }
        var filter = f.filter();
        return o.code().startsWith(filter.codePrefix()) && !filter.excluded().contains(o.id());
    }

    private static void enumerate(int h, List<List<Candidate>> candidates, List<List<Candidate>> assignment, IndexedTree tree,
                                  TreeEvaluator evaluator, TreeEvaluator.Score[] best) {
        if (h == candidates.size()) {
            var score = evaluator.score(assignment);
            if (score.compareTo(best[0]) > 0) {
                best[0] = score;
            }
            return;
        }
        for (var c : candidates.get(h)) {
            var leaf = assignment.get(c.leaf());
            if (leaf.size() < tree.capacity(c.leaf())) {
                leaf.add(c);
                enumerate(h + 1, candidates, assignment, tree, evaluator, best);
                leaf.remove(leaf.size() - 1);
            }
        }
        enumerate(h + 1, candidates, assignment, tree, evaluator, best);
    }
}
