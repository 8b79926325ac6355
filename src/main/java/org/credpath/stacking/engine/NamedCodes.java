package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.SameCourse;
import org.credpath.solver.Level;
import org.credpath.stacking.engine.TreeEncoder.Source;
import org.credpath.stacking.engine.TreeEncoder.Use;

import com.google.ortools.sat.BoolVar;

/**
 * Which code of a cross-listed course ({@link SameCourse}) a plan takes. The codes are one course, so where the catalog
 * costs them the same the cost levels cannot tell them apart; this last objective level does, after every cost level
 * (cost, then the other metrics, stay optimal: where the catalog prices the codes differently the cheaper code wins, and
 * the answer names the code it counts as, {@link CompletionPlan.Planned#countsAs}). Its rule: a chosen code counting at
 * a leaf only as another code of its course (the degree names CS 3345, the plan would take TE 3345; a CS filter, and the
 * plan would take TE 3345 as CS 3345) weighs more than all the rest of the level together; then each chosen code weighs
 * its place among its course's codes in id order, so where no leaf tells the codes apart the plan takes the first.
 */
final class NamedCodes {

    private NamedCodes() {
    }

    /** The level over the chosen candidates and every use of them (at targets and at entry rules); zero without cross-listing. */
    static Level level(CatalogSnapshot catalog, Collection<Source> chosen, Collection<List<Use>> uses) {
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
