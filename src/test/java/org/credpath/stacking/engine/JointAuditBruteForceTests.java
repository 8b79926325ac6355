package org.credpath.stacking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Holding;
import org.junit.jupiter.api.Test;

/**
 * The joint audit of 2-3 targets finds the same optimum (targets met, then credits counted over all targets) as trying
 * every assignment of every holding to leaves of every target within the overlap caps, on random small instances with
 * caps 0..2 or none (gated groups and double counting within a target among them). Where a holding may count in a
 * target, and together with what, is worked out by {@link StackingAuditBruteForceTests}' own helpers, not by the engine.
 */
class JointAuditBruteForceTests {

    /** Σ met and Σ credits (thousandths) of a joint assignment: what the joint audit maximises first. */
    record Objective(int met, long countedMillis) implements Comparable<Objective> {
        static final Objective WORST = new Objective(-1, Long.MIN_VALUE);

        @Override
        public int compareTo(Objective o) {
            return met != o.met ? Integer.compare(met, o.met) : Long.compare(countedMillis, o.countedMillis);
        }
    }

    record Instance(CatalogSnapshot catalog, List<String> targets, List<Holding> holdings, OverlapCaps caps) {
    }

    @Test
    void matchesExhaustiveAssignmentOnRandomInstances() {
        var random = new Random(2222);
        int compared = 0;
        int joint = 0;
        int shared = 0;
        for (int i = 0; i < 300; i++) {
            var instance = instance(random, i % 2 == 0);
            var best = bruteForce(instance, false);
            if (best == null) {
                continue;
            }
            var result = audit(instance);
            compared++;
            joint += result.method().equals("JOINT") ? 1 : 0;
            shared += result.shared().isEmpty() ? 0 : 1;

            assertThat(result.exact()).isTrue();
            assertThat(new Objective(result.targetsMet(), Math.round(result.countedCredits() * 1000))).as("instance %d", i).isEqualTo(best);
            assertWithinCaps(result);
        }
        assertThat(compared).as("instances small enough to try every assignment").isGreaterThan(240);
        assertThat(joint).as("instances where the targets' own optima broke a cap").isGreaterThan(20);
        assertThat(shared).as("instances where a holding counted toward two targets").isGreaterThan(20);
    }

    /** Cap 0 between every pair: no holding counts twice, and the optimum is the best disjoint assignment. */
    @Test
    void capZeroIsDisjoint() {
        var random = new Random(77);
        for (int i = 0; i < 150; i++) {
            var base = instance(random, true);
            var instance = new Instance(base.catalog(), base.targets(), base.holdings(), OverlapCaps.uniform(base.targets(), 0));
            var best = bruteForce(instance, true);
            if (best == null) {
                continue;
            }
            var result = audit(instance);
            assertThat(result.shared()).as("instance %d", i).isEmpty();
            assertThat(new Objective(result.targetsMet(), Math.round(result.countedCredits() * 1000))).as("instance %d", i).isEqualTo(best);
        }
    }

    /** No cap and sharing allowed: every target's audit is its own audit alone. */
    @Test
    void unlimitedSharingIsIndependentAudits() {
        var random = new Random(99);
        for (int i = 0; i < 150; i++) {
            var base = instance(random, true);
            var result = new JointAudit(base.catalog(), StackingAudit.Options.at(Fixtures.TODAY))
                    .audit(base.targets(), base.holdings(), OverlapCaps.uniform(base.targets(), OverlapCaps.UNLIMITED));
            for (int t = 0; t < base.targets().size(); t++) {
                var alone = new StackingAudit(base.catalog(), StackingAudit.Options.at(Fixtures.TODAY)).audit(base.targets().get(t), base.holdings());
                assertThat(result.audits().get(t).met()).isEqualTo(alone.met());
                assertThat(result.audits().get(t).countedCredits()).isEqualTo(alone.countedCredits());
                assertThat(result.audits().get(t).counted()).isEqualTo(alone.counted());
            }
        }
    }

    /**
     * Mutation check: the comparison has teeth. Audited with every cap one higher than the exhaustive search allows (an
     * off-by-one in the cap), or with the caps ignored, the joint audit beats the exhaustive optimum on some instances,
     * so the comparison above would fail on such a bug.
     */
    @Test
    void comparisonCatchesACapOffByOneAndIgnoredCaps() {
        var random = new Random(2222);
        int offByOne = 0;
        int ignored = 0;
        for (int i = 0; i < 300; i++) {
            var instance = instance(random, i % 2 == 0);
            var best = bruteForce(instance, false);
            if (best == null) {
                continue;
            }
            var loose = instance.caps();
            for (var cap : instance.caps().caps()) {
                loose = loose.with(cap.target(), cap.other(), cap.limited() ? cap.max() + 1 : OverlapCaps.UNLIMITED);
            }
            var mutant = new JointAudit(instance.catalog(), StackingAudit.Options.at(Fixtures.TODAY)).audit(instance.targets(), instance.holdings(), loose);
            offByOne += new Objective(mutant.targetsMet(), Math.round(mutant.countedCredits() * 1000)).compareTo(best) > 0 ? 1 : 0;
            var free = new JointAudit(instance.catalog(), StackingAudit.Options.at(Fixtures.TODAY)).audit(instance.targets(), instance.holdings(),
                    OverlapCaps.uniform(instance.targets(), OverlapCaps.UNLIMITED));
            ignored += new Objective(free.targetsMet(), Math.round(free.countedCredits() * 1000)).compareTo(best) > 0 ? 1 : 0;
        }
        assertThat(offByOne).isGreaterThan(5);
        assertThat(ignored).isGreaterThan(10);
    }

    static JointAudit.Result audit(Instance instance) {
        return new JointAudit(instance.catalog(), StackingAudit.Options.at(Fixtures.TODAY)).audit(instance.targets(), instance.holdings(), instance.caps());
    }

    static void assertWithinCaps(JointAudit.Result result) {
        for (var cap : result.caps()) {
            if (cap.max() != null) {
                assertThat(cap.used()).as("%s / %s", cap.target(), cap.other()).isLessThanOrEqualTo(cap.max());
            }
        }
    }

    /** 2-3 targets over 4-7 courses, 1-5 distinct holdings, each pair capped at 0..2 or not at all. */
    static Instance instance(Random random, boolean constructs) {
        var f = new Fixtures();
        int courses = 4 + random.nextInt(4);
        for (int c = 0; c < courses; c++) {
            f.course("c" + c, StackingAuditBruteForceTests.CODES[random.nextInt(StackingAuditBruteForceTests.CODES.length)] + c, 1 + random.nextInt(6));
        }
        var targets = new ArrayList<String>();
        int n = 2 + random.nextInt(2);
        for (int t = 0; t < n; t++) {
            targets.add("t" + t);
            f.target("t" + t, 12, StackingAuditBruteForceTests.randomRule(f, random, courses, 0, constructs));
        }
        var holdings = new ArrayList<Holding>();
        int held = 1 + random.nextInt(5);
        for (int h = 0; h < held; h++) {
            var holding = Fixtures.held("c" + random.nextInt(courses));
            if (!holdings.contains(holding)) {
                holdings.add(holding);
            }
        }
        var caps = OverlapCaps.uniform(targets, 0);
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int max = random.nextInt(4);
                caps = caps.with(targets.get(a), targets.get(b), max == 3 ? OverlapCaps.UNLIMITED : max);
            }
        }
        return new Instance(f.snapshot(), targets, holdings, caps);
    }

    /**
     * Every holding at every set of leaves of every target it may count at together (or nowhere), keeping the pairs'
     * caps on the holdings counted toward both; {@code disjoint}: each holding toward one target at most. Null when there
     * are too many assignments to try.
     */
    static Objective bruteForce(Instance instance, boolean disjoint) {
        int n = instance.targets().size();
        var trees = new ArrayList<IndexedTree>();
        var evaluators = new ArrayList<TreeEvaluator>();
        var options = new ArrayList<List<List<List<Candidate>>>>(); // per holding, per target, the sets it may take
        for (int h = 0; h < instance.holdings().size(); h++) {
            options.add(new ArrayList<>());
        }
        double combinations = 1;
        for (var target : instance.targets()) {
            var rule = instance.catalog().requirements(target).orElseThrow();
            var tree = new IndexedTree(rule);
            trees.add(tree);
            evaluators.add(new TreeEvaluator(tree, Set.of()));
            var blocks = new ArrayList<Object>();
            StackingAuditBruteForceTests.walk(rule, false, null, blocks);
            var candidates = StackingAuditBruteForceTests.candidates(instance.catalog(), tree, instance.holdings());
            for (int h = 0; h < candidates.size(); h++) {
                var sets = StackingAuditBruteForceTests.together(candidates.get(h), blocks);
                options.get(h).add(sets);
                combinations *= sets.size();
            }
        }
        if (combinations > 400_000) {
            return null;
        }
        var assignments = new ArrayList<List<List<Candidate>>>();
        for (var tree : trees) {
            var assignment = new ArrayList<List<Candidate>>();
            tree.leaves.forEach(l -> assignment.add(new ArrayList<>()));
            assignments.add(assignment);
        }
        var best = new Objective[] {Objective.WORST};
        var sharedCount = new HashMap<String, Integer>();
        enumerate(0, 0, new boolean[n], instance, disjoint, options, trees, evaluators, assignments, sharedCount, best);
        return best[0];
    }

    private static void enumerate(int h, int t, boolean[] counts, Instance instance, boolean disjoint, List<List<List<List<Candidate>>>> options,
                                  List<IndexedTree> trees, List<TreeEvaluator> evaluators, List<List<List<Candidate>>> assignments,
                                  Map<String, Integer> shared, Objective[] best) {
        int n = trees.size();
        if (h == options.size()) {
            int met = 0;
            long counted = 0;
            for (int i = 0; i < n; i++) {
                var score = evaluators.get(i).score(assignments.get(i));
                met += score.met() ? 1 : 0;
                counted += score.countedMillis();
            }
            var objective = new Objective(met, counted);
            if (objective.compareTo(best[0]) > 0) {
                best[0] = objective;
            }
            return;
        }
        if (t == n) {
            if (!withinCaps(counts, instance, disjoint, shared, +1)) {
                withinCaps(counts, instance, disjoint, shared, -1);
                return;
            }
            enumerate(h + 1, 0, new boolean[n], instance, disjoint, options, trees, evaluators, assignments, shared, best);
            withinCaps(counts, instance, disjoint, shared, -1);
            return;
        }
        var assignment = assignments.get(t);
        var tree = trees.get(t);
        for (var set : options.get(h).get(t)) {
            if (set.stream().allMatch(c -> assignment.get(c.leaf()).size() < tree.capacity(c.leaf()))) {
                set.forEach(c -> assignment.get(c.leaf()).add(c));
                counts[t] = !set.isEmpty();
                enumerate(h, t + 1, counts, instance, disjoint, options, trees, evaluators, assignments, shared, best);
                counts[t] = false;
                set.forEach(c -> assignment.get(c.leaf()).remove(assignment.get(c.leaf()).size() - 1));
            }
        }
    }

    /** Adds (or with -1 takes back) one holding's pairs to the counts of shared holdings; whether every cap still holds. */
    private static boolean withinCaps(boolean[] counts, Instance instance, boolean disjoint, Map<String, Integer> shared, int delta) {
        var targets = instance.targets();
        boolean ok = true;
        int toward = 0;
        for (int a = 0; a < targets.size(); a++) {
            toward += counts[a] ? 1 : 0;
            for (int b = a + 1; b < targets.size(); b++) {
                if (counts[a] && counts[b]) {
                    var key = a + "-" + b;
                    int used = shared.merge(key, delta, Integer::sum);
                    ok &= used <= instance.caps().max(targets.get(a), targets.get(b));
                }
            }
        }
        return ok && (!disjoint || toward <= 1);
    }

    static Set<String> countedCredentials(AuditResult audit) {
        var set = new HashSet<String>();
        audit.counted().forEach(c -> set.add(c.credential()));
        return set;
    }
}
