package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import static org.credpath.stacking.engine.Fixtures.TODAY;
import static org.credpath.stacking.engine.Fixtures.held;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;

/** The reference the planner is checked against on small instances: every subset of the catalog, tried. */
final class ExhaustivePlans {

    private ExhaustivePlans() {
    }

    /**
     * The lexicographically cheapest cost vector (the options' metric first, then the others in turn) over
     * every subset of untaken courses that meets the target with every chosen course's prerequisites met
     * in some order; null when none does.
     */
    static double[] cheapest(CatalogSnapshot catalog, PlanOptions options, List<Holding> holdings, String target) {
        var held = new HashSet<String>();
        holdings.forEach(h -> held.add(h.credential()));
        var pool = catalog.offerings().values().stream().filter(o -> !held.contains(o.id()) && catalog.requirements(o.id()).isEmpty()
                && options.excludes(o, Set.of(o.provider())) == null).toList();
        var order = order(options.metric());
        double[] best = null;
        for (int mask = 0; mask < (1 << pool.size()); mask++) {
            var chosen = new ArrayList<Offering>();
            for (int i = 0; i < pool.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    chosen.add(pool.get(i));
                }
            }
            var cost = new double[order.size()];
            for (int m = 0; m < order.size(); m++) {
                final var metric = order.get(m);
                cost[m] = chosen.stream().mapToDouble(o -> catalog.cost(o, metric)).sum(); // unknown costs as the planner costs them
            }
            if ((best == null || less(cost, best)) && feasible(catalog, holdings, chosen, options, target)) {
                best = cost;
            }
        }
        return best;
    }

    /** The plan's cost vector in the same order as {@link #cheapest}. */
    static double[] costOf(CompletionPlan plan, CostMetric metric) {
        var order = order(metric);
        var cost = new double[order.size()];
        for (int m = 0; m < order.size(); m++) {
            cost[m] = switch (order.get(m)) {
                case ECTS -> plan.totalEcts();
                case PRICE -> plan.totalPrice();
                case WEEKS -> plan.totalWeeks();
            };
        }
        return cost;
    }

    private static List<CostMetric> order(CostMetric first) {
        var order = new ArrayList<CostMetric>(List.of(first));
        for (var m : CostMetric.values()) {
            if (m != first) {
                order.add(m);
            }
        }
        return order;
    }

    private static boolean less(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-9) {
                return a[i] < b[i];
            }
        }
        return false;
    }

    /** Whether taking {@code chosen} (in some prerequisite order) over the holdings meets the target. */
    static boolean feasible(CatalogSnapshot catalog, List<Holding> holdings, List<Offering> chosen, PlanOptions options, String target) {
        var have = new ArrayList<>(holdings);
        var left = new ArrayList<>(chosen);
        boolean progress = true;
        while (!left.isEmpty() && progress) {
            progress = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                var o = it.next();
                var rule = catalog.prerequisites(o.id());
                if (rule.isEmpty() || meets(catalog, rule.get(), have, options)) {
                    have.add(held(o.id()));
                    it.remove();
                    progress = true;
                }
            }
        }
        return left.isEmpty() && new StackingAudit(catalog, audit(options)).audit(target, have).met();
    }

    private static boolean meets(CatalogSnapshot catalog, Rule rule, List<Holding> have, PlanOptions options) {
        var probe = new HashMap<>(catalog.offerings());
        probe.put("probe", new Offering("probe", "certificate", "probe", null, null, "p", 1, 6, 0, 0, "en", "online", "open", null, Set.of()));
        var requirements = new HashMap<String, Rule>();
        requirements.put("probe", rule);
        var recognitions = new HashMap<String, List<CatalogSnapshot.Recognition>>();
        catalog.offerings().keySet().forEach(id -> {
            if (!catalog.recognitionsFrom(id).isEmpty()) {
                recognitions.put(id, catalog.recognitionsFrom(id));
            }
        });
        var snapshot = new CatalogSnapshot(probe, requirements, Map.of(), recognitions); // recognitions count at entry rules too
        return new StackingAudit(snapshot, audit(options)).audit("probe", have).met();
    }

    private static StackingAudit.Options audit(PlanOptions options) {
        return new StackingAudit.Options(TODAY, options.waivedConditions(), 5_000_000);
    }

    /**
     * With rule timing: the cheapest cost vector over every subset of untaken courses and every placement of it in terms
     * 1..n (n courses) such that each term holds at most the options' term credits (or one course alone), every chosen
     * course's prerequisites are met by holdings and courses of earlier terms, and the audit on the learner's calendar
     * meets the target with each course dated on the last day of its term (plan term 1 being the learner's current term).
     */
    static double[] cheapestInTerms(CatalogSnapshot catalog, PlanOptions options, List<Holding> holdings, String target) {
        var held = new HashSet<String>();
        holdings.forEach(h -> held.add(h.credential()));
        var pool = catalog.offerings().values().stream().filter(o -> !held.contains(o.id()) && catalog.requirements(o.id()).isEmpty())
                .toList();
        var order = order(options.metric());
        double[] best = null;
        for (int mask = 0; mask < (1 << pool.size()); mask++) {
            var chosen = new ArrayList<Offering>();
            for (int i = 0; i < pool.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    chosen.add(pool.get(i));
                }
            }
            var cost = new double[order.size()];
            for (int m = 0; m < order.size(); m++) {
                final var metric = order.get(m);
                cost[m] = chosen.stream().mapToDouble(o -> catalog.cost(o, metric)).sum();
            }
            if ((best == null || less(cost, best)) && placeable(catalog, holdings, chosen, options, target, new int[chosen.size()], 0)) {
                best = cost;
            }
        }
        return best;
    }

    private static boolean placeable(CatalogSnapshot catalog, List<Holding> holdings, List<Offering> chosen, PlanOptions options,
                                     String target, int[] terms, int next) {
        if (next < chosen.size()) {
            for (int t = 1; t <= chosen.size(); t++) {
                terms[next] = t;
                if (placeable(catalog, holdings, chosen, options, target, terms, next + 1)) {
                    return true;
                }
            }
            return false;
        }
        var calendar = options.calendar();
        int current = Math.max(1, calendar.termOf(options.referenceDate()));
        var have = new ArrayList<>(holdings);
        for (int i = 0; i < chosen.size(); i++) {
            double load = 0;
            int alone = 0;
            var before = new ArrayList<>(holdings);
            for (int j = 0; j < chosen.size(); j++) {
                if (terms[j] == terms[i]) {
                    load += chosen.get(j).credits();
                    alone++;
                } else if (terms[j] < terms[i]) {
                    before.add(held(chosen.get(j).id()));
                }
            }
            var rule = catalog.prerequisites(chosen.get(i).id());
            if ((load > options.termCredits() + 1e-9 && alone > 1) || (rule.isPresent() && !meets(catalog, rule.get(), before, options))) {
                return false;
            }
            have.add(new Holding(chosen.get(i).id(), calendar.endOf(current + terms[i] - 1), null, true));
        }
        return new StackingAudit(catalog, audit(options).withCalendar(calendar)).audit(target, have).met();
    }
}
