package org.credpath.stacking.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.SameCourse;
import org.credpath.solver.Level;
import org.credpath.solver.Lexicographic;
import org.credpath.solver.Units;
import org.credpath.stacking.engine.TreeEncoder.Source;
import org.credpath.stacking.engine.TreeEncoder.Use;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.SatParameters;

/**
 * Which code of a cross-listed course ({@link SameCourse}) a plan takes. The codes are one course, so where the catalog
 * costs them the same the cost levels cannot tell them apart and the solver takes whichever it reaches. After the optimal
 * plan is found, each chosen code with other codes of its course in the pool at the same cost under every metric may be
 * replaced by one of them: everything else the plan chose stays fixed, and the same model (every leaf, entry rule, cap
 * and term) is solved again over just those codes, minimising first how many leaves count a chosen code only as another
 * code of its course (the degree names CS 3345, the plan took TE 3345; a CS filter, and the plan took TE 3345 as
 * CS 3345), then each chosen code's place among its course's codes in id order (where no leaf tells the codes apart the
 * plan takes the first). The plan's solution is a solution of that small solve, so it never gets worse and every cost
 * stays what it was; where the catalog prices the codes differently the cheaper code stays, and the answer names the
 * code it counts as ({@link CompletionPlan.Planned#countsAs}). A solver level after the cost levels did the same at
 * three times the UT Dallas plan's time (docs/advising.md).
 */
final class NamedCodes {

    private NamedCodes() {
    }

    /**
     * The plan {@code solved} with the codes the rules name taken where they cost the same ({@code model}: the plan's
     * model, changed here; {@code uses}: the uses at the targets' leaves; an entry rule met by another code of a course
     * is met all the same and names nothing in the answer). Without such a choice, or if the small solve finds nothing
     * within {@code limit}, the plan as solved.
     */
    static Lexicographic.Outcome preferNamed(CatalogSnapshot catalog, CpModel model, Map<String, Source> chosen,
                                             Collection<List<Use>> uses, Lexicographic.Outcome solved, Duration limit) {
        var open = new HashSet<Source>();
        var groups = new ArrayList<BoolVar[]>();
        for (var source : chosen.values()) {
            if (!solved.isTrue(source.chosen())) {
                continue;
            }
            var codes = new ArrayList<>(List.of(source));
            SameCourse.others(catalog, source.offering().id()).stream().map(chosen::get).filter(Objects::nonNull)
                    .filter(other -> sameCost(catalog, source.offering(), other.offering())).forEach(codes::add);
            if (codes.size() > 1 && !settled(catalog, source, codes, uses, solved)) {
                open.addAll(codes);
                groups.add(codes.stream().map(Source::chosen).toArray(BoolVar[]::new));
            }
        }
        if (groups.isEmpty()) {
            return solved;
        }
        model.clearHints();
        var hint = model.getBuilder().getSolutionHintBuilder();
        for (int v = 0; v < model.getBuilder().getVariablesCount(); v++) { // the whole plan, uses and orders too
            hint.addVars(v).addValues(solved.response().getSolution(v));
        }
        for (var source : chosen.values()) {
            if (!open.contains(source)) {
                model.addEquality(source.chosen(), solved.isTrue(source.chosen()) ? 1 : 0);
            }
        }
        groups.forEach(model::addExactlyOne);
        var decisions = open.stream().map(Source::chosen).toArray(BoolVar[]::new);
        var named = Lexicographic.minimise(model, List.of(level(catalog, chosen.values(), uses)), decisions,
                Lexicographic.Options.within(limit).tuned(NamedCodes::light));
        return named.found() ? new Lexicographic.Outcome(solved.status(), solved.gap(), named.response()) : solved;
    }

    /**
     * The small solve starts from the plan, with all but a few choices fixed: no linear relaxation, probing or symmetry
     * search, one presolve pass (measured on the UT Dallas plan: about half the time of the plan's own tuning).
     */
    private static void light(SatParameters.Builder parameters) {
        parameters.setLinearizationLevel(0).setCpModelProbingLevel(0).setSymmetryLevel(0).setMaxPresolveIterations(1);
    }

    /** Whether the chosen code is already the one the small solve would take: counted nowhere as another code, first in id order. */
    private static boolean settled(CatalogSnapshot catalog, Source picked, List<Source> codes, Collection<List<Use>> uses,
                                   Lexicographic.Outcome solved) {
        var id = picked.offering().id();
        boolean first = codes.stream().noneMatch(c -> c.offering().id().compareTo(id) < 0);
        return first && uses.stream().flatMap(List::stream)
                .noneMatch(u -> u.source() == picked && solved.isTrue(u.var()) && asAnotherCode(catalog, u));
    }

    /** Whether two offerings cost the same under every metric, as the plan's cost levels weigh them. */
    private static boolean sameCost(CatalogSnapshot catalog, Offering a, Offering b) {
        for (var metric : CostMetric.values()) {
            if (Math.round(catalog.cost(a, metric) * Units.SCALE) != Math.round(catalog.cost(b, metric) * Units.SCALE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The small solve's objective: a use counting its code only as another code of the course weighs more than all the
     * rest together; then each chosen code weighs its place among its course's codes in id order.
     */
    private static Level level(CatalogSnapshot catalog, Collection<Source> chosen, Collection<List<Use>> uses) {
        var vars = new ArrayList<BoolVar>();
        var weights = new ArrayList<Long>();
        long ranks = 0;
        for (var source : chosen) {
            var id = source.offering().id();
            long rank = SameCourse.others(catalog, id).stream().filter(other -> other.compareTo(id) < 0).count();
            if (rank > 0) {
                vars.add(source.chosen());
                weights.add(rank);
                ranks += rank;
            }
        }
        for (var list : uses) {
            for (var use : list) {
                if (use.source().chosen() != null && asAnotherCode(catalog, use)) {
                    vars.add(use.var());
                    weights.add(ranks + 1);
                }
            }
        }
        return new Level(vars.toArray(BoolVar[]::new), weights.stream().mapToLong(Long::longValue).toArray());
    }

    /** Whether the use counts its credential only as another code of the same course. */
    static boolean asAnotherCode(CatalogSnapshot catalog, Use use) {
        return use.via() != null && SameCourse.others(catalog, use.source().offering().id()).contains(use.via());
    }
}
