package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.credpath.stacking.engine.CompletionPlan.Planned;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Totals;
import org.credpath.stacking.engine.TreeEncoder.Source;
import org.credpath.stacking.engine.TreeEncoder.Use;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;

/**
 * The minimum-cost set of further credentials that meets one or more targets, as an exact CP-SAT
 * model: a choice variable per candidate credential; each target's rule tree encoded over holdings
 * and candidates ({@link TreeEncoder}) and required met; each chosen candidate's prerequisite tree
 * required met by holdings and other chosen candidates earlier in a strict order (so filter-based
 * prerequisites cannot support each other in a circle); credits shared between targets limited by
 * each target's {@code maxSharedCredits}. It minimises the chosen cost metric, then the others in
 * turn (ECTS, price, weeks). OPTIMAL means CP-SAT proved optimality; under a time limit the answer
 * is FEASIBLE with its gap to the proven bound. Terms are then filled by list scheduling in
 * prerequisite order under the per-term credit cap (the cost is optimal; the number of terms is not
 * claimed minimal).
 */
public final class CompletionPlanner {

    private static final class Native {
        static {
            Loader.loadNativeLibraries();
        }

        static void load() {
        }
    }

    private final CatalogSnapshot catalog;
    private final PlanOptions options;

    public CompletionPlanner(CatalogSnapshot catalog, PlanOptions options) {
        this.catalog = Objects.requireNonNull(catalog);
        this.options = Objects.requireNonNull(options);
        Native.load();
    }

    public CompletionPlan plan(List<String> targets, List<Holding> holdings) {
        long started = System.nanoTime();
        var targetRules = new LinkedHashMap<String, Rule>();
        for (var target : targets) {
            catalog.offering(target).orElseThrow(() -> new IllegalArgumentException("Unknown credential " + target));
            targetRules.put(target, catalog.requirements(target)
                    .orElseThrow(() -> new IllegalArgumentException("Credential " + target + " has no stacking rules")));
        }
        var valid = holdings.stream().filter(h -> catalog.offering(h.credential())
                .filter(o -> !Eligibility.expired(o, h, options.referenceDate())).isPresent()).toList();
        var enrolled = enrolled(targets, valid);
        var candidates = new CandidatePool(catalog, options, targetRules, valid, enrolled).collect();

        var model = new CpModel();
        var pool = new ArrayList<Source>();
        for (var h : valid) {
            pool.add(new Source(pool.size(), catalog.offering(h.credential()).orElseThrow(), h, null));
        }
        var chosen = new LinkedHashMap<String, Source>();
        for (var offering : candidates.candidates()) {
            var source = new Source(pool.size(), offering, null, model.newBoolVar("take_" + offering.id()));
            pool.add(source);
            chosen.put(offering.id(), source);
        }
        var targetUses = new LinkedHashMap<String, List<Use>>();
        for (var entry : targetRules.entrySet()) {
            var encoder = new TreeEncoder(model, catalog, options.waivedConditions(), options.referenceDate());
            model.addGreaterOrEqual(encoder.encode(entry.getValue(), pool), 1);
            targetUses.put(entry.getKey(), encoder.uses);
        }
        var prerequisiteUses = prerequisites(model, pool, chosen, candidates.free());
        limitSharing(model, targetRules, targetUses);

        var solved = solve(model, chosen, () -> new Diagnosis(catalog, options, targetRules, valid, chosen.keySet(), enrolled));
        var picked = chosen.values().stream().filter(s -> solved.solver().booleanValue(s.chosen())).toList();
        return result(targets, solved, picked, targetUses, prerequisiteUses, (System.nanoTime() - started) / 1_000_000);
    }

    /** Providers the learner may take enrolled-only credentials at. */
    private Set<String> enrolled(List<String> targets, List<Holding> holdings) {
        if (!options.enrolledAt().isEmpty()) {
            return options.enrolledAt();
        }
        var enrolled = new HashSet<String>();
        targets.forEach(t -> catalog.offering(t).ifPresent(o -> enrolled.add(o.provider())));
        holdings.forEach(h -> catalog.offering(h.credential()).ifPresent(o -> enrolled.add(o.provider())));
        return enrolled;
    }

    /**
     * Each chosen candidate's prerequisites met by holdings and other chosen candidates (those already
     * met by the holdings need no constraint). Where candidates could support each other in a circle
     * (a strongly connected part of the "may support" graph, possible with filter prerequisites), a
     * strict rank order among them keeps the support well-founded.
     */
    private Map<String, List<Use>> prerequisites(CpModel model, List<Source> pool, Map<String, Source> chosen, Set<String> free) {
        var uses = new HashMap<String, List<Use>>();
        for (var source : chosen.values()) {
            var rule = catalog.prerequisites(source.offering().id());
            if (rule.isEmpty() || free.contains(source.offering().id())) {
                continue;
            }
            var others = pool.stream().filter(s -> s != source).toList();
            var encoder = new TreeEncoder(model, catalog, options.waivedConditions(), options.referenceDate());
            model.addLessOrEqual(source.chosen(), encoder.encode(rule.get(), others));
            uses.put(source.offering().id(), encoder.uses);
        }
        var circles = new SupportCircles(uses);
        var ranks = new HashMap<String, IntVar>();
        uses.forEach((credential, list) -> {
            for (var use : list) {
                var supporter = use.source().chosen() == null ? null : use.source().offering().id();
                if (supporter != null && circles.sameCircle(supporter, credential)) {
                    var before = ranks.computeIfAbsent(supporter, id -> model.newIntVar(0, chosen.size(), "rank_" + id));
                    var after = ranks.computeIfAbsent(credential, id -> model.newIntVar(0, chosen.size(), "rank_" + id));
                    model.addLessThan(before, after).onlyEnforceIf(use.var());
                }
            }
        });
        return uses;
    }

    /** A target's maxSharedCredits bounds the ECTS of sources that also count toward another target. */
    private static void limitSharing(CpModel model, Map<String, Rule> targets, Map<String, List<Use>> uses) {
        if (targets.size() < 2) {
            return;
        }
        var counted = new HashMap<String, Map<Integer, LinearExpr>>();
        var offerings = new HashMap<Integer, Offering>();
        uses.forEach((target, list) -> {
            var bySource = new HashMap<Integer, List<BoolVar>>();
            list.forEach(u -> {
                bySource.computeIfAbsent(u.source().index(), k -> new ArrayList<>()).add(u.var());
                offerings.put(u.source().index(), u.source().offering());
            });
            var exprs = new HashMap<Integer, LinearExpr>();
            bySource.forEach((s, vars) -> exprs.put(s, LinearExpr.sum(vars.toArray(new BoolVar[0]))));
            counted.put(target, exprs);
        });
        for (var entry : targets.entrySet()) {
            var limit = entry.getValue() instanceof Rule.Group g ? g.limits().maxSharedCredits() : null;
            if (limit == null) {
                continue;
            }
            var shared = LinearExpr.newBuilder();
            for (var source : counted.get(entry.getKey()).entrySet()) {
                for (var other : targets.keySet()) {
                    var there = other.equals(entry.getKey()) ? null : counted.get(other).get(source.getKey());
                    if (there == null) {
                        continue;
                    }
                    var both = model.newBoolVar("shared");
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(both).addTerm(source.getValue(), -1).addTerm(there, -1).build(), -1);
                    shared.addTerm(both, Math.round(offerings.get(source.getKey()).credits() * TreeEncoder.SCALE));
                }
            }
            model.addLessOrEqual(shared.build(), Math.round(limit * TreeEncoder.SCALE));
        }
    }

    private record Solved(CpSolver solver, String status, double gap) {
    }

    /**
     * Minimises the costs lexicographically. Costs no candidate has are skipped; when the weighted sum
     * {@code primary * w0 + secondary * w1 + ...} (each weight above the largest total of the costs after
     * it) stays well inside double precision, one solve of that sum is the lexicographic optimum;
     * otherwise one solve per cost, each fixing the optimum of the one before.
     */
    private Solved solve(CpModel model, Map<String, Source> chosen, java.util.function.Supplier<Diagnosis> diagnosis) {
        var vars = chosen.values().stream().map(Source::chosen).toArray(BoolVar[]::new);
        var phases = new ArrayList<long[]>();
        for (var metric : costOrder()) {
            var costs = chosen.values().stream().mapToLong(s -> Math.round(catalog.cost(s.offering(), metric) * TreeEncoder.SCALE)).toArray(); // unknown: pessimistic
            if (Arrays.stream(costs).anyMatch(c -> c != 0) || phases.isEmpty()) {
                phases.add(costs);
            }
        }
        var combined = combine(phases);
        if (combined != null) {
            phases = new ArrayList<>(List.of(combined.costs()));
        }
        long primaryWeight = combined == null ? 1 : combined.primaryWeight();
        var solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(Math.max(0.05, options.timeLimit().toMillis() / 1000.0));
        for (int phase = 0; phase < phases.size(); phase++) {
            var objective = LinearExpr.weightedSum(vars, phases.get(phase));
            model.minimize(objective);
            var result = solver.solve(model);
            if (result == CpSolverStatus.INFEASIBLE) {
                throw new UnsatisfiableTargetException(diagnosis.get().blockers());
            }
            if (result != CpSolverStatus.OPTIMAL && result != CpSolverStatus.FEASIBLE) {
                throw new IllegalStateException("The solver found no plan within " + options.timeLimit() + " (" + result + ")");
            }
            if (result == CpSolverStatus.FEASIBLE && phase > 0) {
                break; // the cost is proven optimal; only a tie-break ran out of time
            }
            if (result == CpSolverStatus.FEASIBLE) {
                double primary = Math.floor(solver.objectiveValue() / primaryWeight);
                double bound = Math.floor(solver.bestObjectiveBound() / primaryWeight);
                return new Solved(solver, "FEASIBLE", primary == 0 ? 0 : Math.max(0, primary - bound) / primary);
            }
            long best = Math.round(solver.objectiveValue());
            model.addLessOrEqual(objective, best);
            model.clearHints();
            for (var v : vars) {
                model.addHint(v, solver.booleanValue(v));
            }
        }
        return new Solved(solver, "OPTIMAL", 0);
    }

    /** The caller's metric first, then the others in turn. */
    private List<CostMetric> costOrder() {
        var order = new ArrayList<CostMetric>();
        order.add(options.metric());
        for (var m : CostMetric.values()) {
            if (m != options.metric()) {
                order.add(m);
            }
        }
        return order;
    }

    private record Combined(long[] costs, long primaryWeight) {
    }

    /** One weighted cost equivalent to the lexicographic order, or null when its totals would be too large to stay exact. */
    private static Combined combine(List<long[]> phases) {
        if (phases.size() == 1) {
            return null;
        }
        long limit = 1L << 50;
        var weights = new long[phases.size()];
        weights[phases.size() - 1] = 1;
        for (int p = phases.size() - 2; p >= 0; p--) {
            long after = 0;
            for (int q = p + 1; q < phases.size(); q++) {
                after += weights[q] * Arrays.stream(phases.get(q)).sum();
            }
            weights[p] = after + 1;
            if (weights[p] > limit / Math.max(1, Arrays.stream(phases.get(p)).sum())) {
                return null;
            }
        }
        var costs = new long[phases.get(0).length];
        for (int p = 0; p < phases.size(); p++) {
            for (int i = 0; i < costs.length; i++) {
                costs[i] += weights[p] * phases.get(p)[i];
            }
        }
        return new Combined(costs, weights[0]);
    }

    private CompletionPlan result(List<String> targets, Solved solved, List<Source> picked, Map<String, List<Use>> targetUses,
                                  Map<String, List<Use>> prerequisiteUses, long millis) {
        var solver = solved.solver();
        var pickedIds = new LinkedHashSet<String>();
        picked.forEach(s -> pickedIds.add(s.offering().id()));
        var counts = new HashMap<String, List<String>>();
        targetUses.forEach((target, uses) -> uses.stream().filter(u -> solver.booleanValue(u.var()))
                .forEach(u -> counts.computeIfAbsent(u.source().offering().id(), k -> new ArrayList<>()).add(target)));
        var needs = new HashMap<String, Set<String>>();
        var unlocks = new HashMap<String, List<String>>();
        prerequisiteUses.forEach((credential, uses) -> {
            if (!pickedIds.contains(credential)) {
                return;
            }
            uses.stream().filter(u -> solver.booleanValue(u.var()) && u.source().chosen() != null).forEach(u -> {
                needs.computeIfAbsent(credential, k -> new HashSet<>()).add(u.source().offering().id());
                unlocks.computeIfAbsent(u.source().offering().id(), k -> new ArrayList<>()).add(credential);
            });
        });
        var terms = new TermScheduler(options.termCredits()).schedule(picked.stream().map(Source::offering).toList(), needs);
        var termOf = new HashMap<String, Integer>();
        terms.forEach(t -> t.credentials().forEach(c -> termOf.put(c, t.number())));
        var planned = picked.stream().map(Source::offering)
                .sorted(Comparator.comparing((Offering o) -> termOf.get(o.id())).thenComparing(Offering::id))
                .map(o -> new Planned(o.id(), o.title(), o.ects(), o.price(), o.durationWeeks(), o.provider(), termOf.get(o.id()),
                        counts.getOrDefault(o.id(), List.of()), unlocks.getOrDefault(o.id(), List.of())))
                .toList();
        return new CompletionPlan(targets, options.metric(), solved.status(), solved.gap(),
                Totals.of(picked.stream().map(Source::offering).toList()), planned, terms,
                "CP-SAT (OR-Tools), exact; lexicographic " + options.metric() + " then the other costs", millis);
    }
}
