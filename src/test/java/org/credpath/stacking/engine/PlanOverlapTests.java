package org.credpath.stacking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.stacking.engine.Fixtures.TODAY;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.junit.jupiter.api.Test;

/** A plan for several targets keeps the same overlap caps as their joint audit, so plan and audit agree. */
class PlanOverlapTests {

    private static final PlanOptions ECTS = PlanOptions.defaults(CostMetric.ECTS, TODAY);

    /** Two targets both want course s: shared only as far as a cap allows (the rules', or an adviser's over them). */
    @Test
    void sharesACourseOnlyAsTheCapsAllow() {
        var silent = twoTargets(Rule.Limits.NONE);
        var allowing = twoTargets(Rule.Limits.NONE.withSharedWith(Map.of("tb", 1)));

        assertThat(new CompletionPlanner(silent, ECTS).plan(List.of("ta", "tb"), List.of()).totalEcts())
                .as("no rule allows sharing: s counts toward one target, s2 is taken for ta").isEqualTo(20);
        assertThat(new CompletionPlanner(allowing, ECTS).plan(List.of("ta", "tb"), List.of()).totalEcts()).isEqualTo(15);
        assertThat(new CompletionPlanner(allowing, ECTS).plan(List.of("ta", "tb"), List.of(), List.of(new OverlapCaps.Requested("ta", "tb", 0)))
                .totalEcts()).as("an adviser's cap 0 over the rules' 1").isEqualTo(20);
        assertThat(new CompletionPlanner(silent, ECTS).plan(List.of("ta", "tb"), List.of(), List.of(new OverlapCaps.Requested("ta", "tb", null)))
                .totalEcts()).as("an adviser's 'no limit'").isEqualTo(15);
    }

    private static CatalogSnapshot twoTargets(Rule.Limits taLimits) {
        var f = new Fixtures().course("s", "S1", 5).course("a", "A1", 5).course("b", "B1", 5).course("s2", "S2", 5);
        f.target("ta", 10, f.group(Rule.Kind.ALL_OF, null, null, taLimits, f.cred("a"), f.kOf(1, f.cred("s"), f.cred("s2"))));
        f.target("tb", 10, f.allOf(f.cred("b"), f.cred("s")));
        return f.snapshot();
    }

    /**
     * On random instances (2-3 targets, caps 0..2 or none): the plan costs what the cheapest subset of the courses not
     * held costs among those with which the joint audit (itself checked against exhaustive assignment) meets every
     * target within the caps, and the joint audit of the holdings plus the plan meets every target.
     */
    @Test
    void planCostsTheCheapestSetTheJointAuditFindsEnoughWithinTheCaps() {
        var random = new Random(5150);
        int planned = 0;
        for (int i = 0; i < 120; i++) {
            var instance = JointAuditBruteForceTests.instance(random, i % 2 == 0);
            var requested = instance.caps().caps().stream()
                    .map(c -> new OverlapCaps.Requested(c.target(), c.other(), c.limited() ? c.max() : null)).toList();
            Double cheapest = cheapest(instance);
            CompletionPlan plan;
            try {
                plan = new CompletionPlanner(instance.catalog(), ECTS).plan(instance.targets(), instance.holdings(), requested);
            } catch (UnsatisfiableTargetException e) {
                assertThat(cheapest).as("instance %d: the planner found no plan", i).isNull();
                continue;
            }
            planned++;
            assertThat(plan.status()).isEqualTo("OPTIMAL");
            assertThat(plan.totalEcts()).as("instance %d", i).isEqualTo(cheapest);
            var all = new ArrayList<>(instance.holdings());
            plan.credentials().forEach(c -> all.add(Fixtures.held(c.id())));
            var audited = new JointAudit(instance.catalog(), StackingAudit.Options.at(TODAY)).audit(instance.targets(), all, instance.caps());
            assertThat(audited.targetsMet()).as("instance %d: the plan, audited jointly", i).isEqualTo(instance.targets().size());
        }
        assertThat(planned).as("instances with a plan").isGreaterThan(20);
    }

    /** The least ECTS of a set of courses not held with which the joint audit meets every target; null when none does. */
    private static Double cheapest(JointAuditBruteForceTests.Instance instance) {
        var held = new HashSet<String>();
        instance.holdings().forEach(h -> held.add(h.credential()));
        var pool = instance.catalog().offerings().values().stream()
                .filter(o -> !held.contains(o.id()) && instance.catalog().requirements(o.id()).isEmpty()).toList();
        Double best = null;
        for (int mask = 0; mask < (1 << pool.size()); mask++) {
            var all = new ArrayList<Holding>(instance.holdings());
            double ects = 0;
            for (int c = 0; c < pool.size(); c++) {
                if ((mask & (1 << c)) != 0) {
                    Offering o = pool.get(c);
                    all.add(Fixtures.held(o.id()));
                    ects += o.ects();
                }
            }
            if (best != null && ects >= best) {
                continue;
            }
            var joint = new JointAudit(instance.catalog(), StackingAudit.Options.at(TODAY)).audit(instance.targets(), all, instance.caps());
            if (joint.targetsMet() == instance.targets().size()) {
                best = ects;
            }
        }
        return best;
    }
}
