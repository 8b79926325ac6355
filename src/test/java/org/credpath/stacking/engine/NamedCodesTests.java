package org.credpath.stacking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.stacking.engine.Fixtures.TODAY;
import static org.credpath.stacking.engine.Fixtures.held;

import java.util.List;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.stacking.engine.CompletionPlan.Planned;
import org.junit.jupiter.api.Test;

/**
 * Of the codes of one cross-listed course a plan takes the code the rule it fills names, at no cost: "cs" (CS 3345) and
 * "a-te" (TE 3345) are one course; "a-te" sorts first, so a plan that cannot tell them apart would take it.
 */
class NamedCodesTests {

    private final Fixtures f = new Fixtures();

    private void course(String id, String code, double price) {
        f.offerings.put(id, new Offering(id, "course", id, code, code.replaceAll("[^A-Z]", ""), "p", 6, 6, price, 15, "en", "online",
                "open", null, Set.of()));
    }

    private CompletionPlan plan(CostMetric metric, Holding... holdings) {
        return new CompletionPlanner(f.snapshot(), PlanOptions.defaults(metric, TODAY)).plan(List.of("t"), List.of(holdings));
    }

    private static List<String> ids(CompletionPlan plan) {
        return plan.credentials().stream().map(Planned::id).sorted().toList();
    }

    private void dataStructures(double csPrice, double tePrice) {
        course("cs", "CS 3345", csPrice);
        course("a-te", "TE 3345", tePrice);
        f.sameCourse("cs", "a-te");
    }

    @Test
    void takesTheCodeTheRuleNamesWhereAnotherCodeSortsFirstAndCostsTheSame() {
        dataStructures(300, 300);
        f.target("t", 6, f.allOf(f.cred("cs")));

        var plan = plan(CostMetric.PRICE);

        assertThat(ids(plan)).containsExactly("cs");
        assertThat(plan.credentials().get(0).countsAs()).isEmpty();
        assertThat(plan.totalPrice()).isEqualTo(300.0);
    }

    @Test
    void takesTheCodeAFilterMatchesAsItselfOverOneItMatchesAsAnotherCode() {
        dataStructures(300, 300);
        f.target("t", 6, f.kOf(1, f.prefix("CS")));

        assertThat(ids(plan(CostMetric.ECTS))).containsExactly("cs");
    }

    @Test
    void takesTheFirstCodeInIdOrderWhereNoRuleTellsThemApart() {
        dataStructures(300, 300);
        f.target("t", 6, f.kOf(1, f.prefix(""))); // any code: both match as themselves

        assertThat(ids(plan(CostMetric.PRICE))).containsExactly("a-te");
    }

    @Test
    void costWinsWhereTheCatalogPricesTheCodesDifferentlyAndTheAnswerSaysWhichCodeItCountsAs() {
        dataStructures(300, 250);
        f.target("t", 6, f.allOf(f.cred("cs")));

        var plan = plan(CostMetric.PRICE);

        assertThat(ids(plan)).containsExactly("a-te");
        assertThat(plan.credentials().get(0).countsAs()).containsExactly("cs");
        // under ECTS first the codes tie, and price, the next level, still decides before the code named
        assertThat(ids(plan(CostMetric.ECTS))).containsExactly("a-te");
    }

    @Test
    void keepsTheNamedCodeInThePoolWhenAnotherCodeOfTheCourseIsFreeAndEnough() {
        // a free code of the course fills the one place the leaf has; the named code needs an entry rule the holdings meet
        dataStructures(300, 300);
        course("base", "CS 2336", 300);
        f.prerequisites.put("cs", f.allOf(f.cred("base")));
        f.target("t", 6, f.allOf(f.cred("cs")));

        assertThat(ids(plan(CostMetric.PRICE, held("base")))).containsExactly("cs");
        // without the prerequisite held, the named code would cost another course: cost wins
        var plan = plan(CostMetric.PRICE);
        assertThat(ids(plan)).containsExactly("a-te");
        assertThat(plan.credentials().get(0).countsAs()).containsExactly("cs");
    }

    @Test
    void countsAFreeCourseOnceWhenItKeepsInterchangeableElectives() {
        // two electives of one course and a third course, all free and equally priced: two courses are needed, and the
        // pool's first two members by id are one course (kept as one, so the third stays)
        course("e1-cs", "EL 1", 100);
        course("e1-te", "EL 1", 100);
        course("e2", "EL 2", 100);
        f.sameCourse("e1-cs", "e1-te");
        f.target("t", 12, f.kOf(2, f.prefix("EL")));

        var plan = plan(CostMetric.PRICE);

        assertThat(plan.status()).isEqualTo("OPTIMAL");
        assertThat(ids(plan)).containsExactly("e1-cs", "e2");
    }
    @Test
    void takesTheNamedCodeWhoseEntryRuleAnotherCodeOfItsPrerequisiteMeets() {
        // c1's entry rule names c0; the plan takes a0 for c0 (cheaper), which meets it as c0: an entry rule met through
        // another code names nothing, so the plan takes c1, the code the degree names, not a1 (same cost, sorts first)
        course("c0", "SEC 0", 10);
        course("a0", "XX 0", 0);
        f.sameCourse("c0", "a0");
        course("c1", "DATA 1", 0);
        course("a1", "XX 1", 0);
        f.sameCourse("c1", "a1");
        f.prerequisites.put("c1", f.allOf(f.cred("c0")));
        f.target("t", 12, f.allOf(f.cred("c0"), f.cred("c1")));

        var plan = plan(CostMetric.PRICE);

        assertThat(ids(plan)).containsExactly("a0", "c1");
    }
}
