package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.SameCourse;
import org.credpath.catalog.snapshot.Totals;
import org.credpath.graph.Circles;
import org.credpath.solver.Level;
import org.credpath.solver.Lexicographic;
import org.credpath.solver.SolverTimeoutException;
import org.credpath.solver.Units;
import org.credpath.stacking.engine.TreeEncoder.Source;
import org.credpath.stacking.engine.TreeEncoder.Use;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.SatParameters;

/**
 * The minimum-cost set of further credentials that meets one or more targets, as an exact CP-SAT
 * model: a choice variable per candidate credential; each target's rule tree encoded over holdings
 * and candidates ({@link TreeEncoder}) and required met; each chosen candidate's prerequisite tree
 * required met by holdings and other chosen candidates earlier in a strict order (so filter-based
 * prerequisites cannot support each other in a circle); what several targets share kept within the same caps as their
 * joint audit ({@link OverlapCaps}: per pair, and each target's {@code maxSharedCredits}; {@link PlanSharing}). It minimises the chosen cost metric, then the others in
 * turn (ECTS, price, weeks), with the project's {@link Lexicographic} solve; of one course's codes that cost the same
 * the plan then takes the one the rules name ({@link NamedCodes}). OPTIMAL means CP-SAT proved
 * optimality; under a time limit the answer is FEASIBLE with its gap to the proven bound, and a limit that
 * ends before any plan is a {@link SolverTimeoutException}. Terms are then filled by list scheduling in
 * prerequisite order under the per-term credit cap (the cost is optimal; the number of terms is not
 * claimed minimal).
 */
public final class CompletionPlanner {

    private final CatalogSnapshot catalog;
    private final PlanOptions options;

    public CompletionPlanner(CatalogSnapshot catalog, PlanOptions options) {
        this.catalog = Objects.requireNonNull(catalog);
        this.options = Objects.requireNonNull(options);
        Lexicographic.loadNative();
    }

    public CompletionPlan plan(List<String> targets, List<Holding> holdings) {
        return plan(targets, holdings, List.of());
    }

    /**
     * {@code caps}: an adviser's caps on what pairs of targets share, over those their rules state (as the joint audit
     * takes them, {@link OverlapCaps}); a plan for several targets keeps the same caps as the audit of them together.
     */
    public CompletionPlan plan(List<String> targets, List<Holding> holdings, List<OverlapCaps.Requested> caps) {
        long started = System.nanoTime();
        var targetRules = new LinkedHashMap<String, Rule>();
        for (var target : targets) {
            catalog.offering(target).orElseThrow(() -> new IllegalArgumentException("Unknown credential " + target));
            targetRules.put(target, catalog.requirements(target)
                    .orElseThrow(() -> new IllegalArgumentException("Credential " + target + " has no stacking rules")));
        }
        var valid = holdings.stream().filter(h -> catalog.offering(h.credential())
                .filter(o -> !Eligibility.expired(o, h, options.referenceDate())).isPresent()).toList();
        var overlap = OverlapCaps.of(targets, catalog, caps);
        if (holdingsMeet(targets, targetRules, valid, overlap)) {
            return emptyPlan(targets, started);
        }
        var enrolled = enrolled(targets, valid);
        var candidates = new CandidatePool(catalog, options, targetRules, valid, enrolled).collect();

        var model = new CpModel();
        var pool = new ArrayList<Source>();
        var instead = SameCourse.countedInstead(catalog, valid); // a course counts once, however many of its codes are held
        for (int h = 0; h < valid.size(); h++) {
            if (instead[h] < 0) {
                pool.add(new Source(pool.size(), catalog.offering(valid.get(h).credential()).orElseThrow(), valid.get(h), null));
            }
        }
        var chosen = new LinkedHashMap<String, Source>();
        for (var offering : candidates.candidates()) {
            var source = new Source(pool.size(), offering, null, model.newBoolVar("take_" + offering.id()));
            pool.add(source);
            chosen.put(offering.id(), source);
        }
        takeOneCodePerCourse(model, chosen);
        var placement = TermPlacement.needed(targetRules.values()) ? new TermPlacement(model, chosen, options, targetRules.values()) : null;
        var targetUses = new LinkedHashMap<String, List<Use>>();
        targetRules.forEach((target, rule) -> targetUses.put(target, meetTarget(model, rule, pool, placement)));
        var prerequisiteUses = meetPrerequisites(model, pool, chosen, candidates.free());
        orderCircles(model, prerequisiteUses, chosen.size());
        PlanSharing.limit(model, targetRules, targetUses, overlap);
        if (placement != null) {
            placement.orderPrerequisites(prerequisiteUses);
        }

        var decisions = chosen.values().stream().map(Source::chosen).toArray(BoolVar[]::new);
        var solved = Lexicographic.minimise(model, levels(chosen), decisions,
                Lexicographic.Options.within(options.timeLimit()).tuned(CompletionPlanner::tuning));
        switch (solved.status()) {
            case INFEASIBLE -> throw new UnsatisfiableTargetException(placement == null
                    ? new Diagnosis(catalog, options, targetRules, valid, chosen.keySet(), enrolled).blockers()
                    : Timings.blockers(new Diagnosis(catalog, options, targetRules, valid, chosen.keySet(), enrolled).found(), targetRules,
                    options, placement.current));
            case TIMED_OUT -> throw new SolverTimeoutException("plan", options.timeLimit());
            default -> {
            }
        }
        var outcome = NamedCodes.preferNamed(catalog, model, chosen, targetUses.values(), solved, timeLeft(started));
        var picked = chosen.values().stream().filter(s -> outcome.isTrue(s.chosen())).toList();
        var answer = new PlanAnswer(catalog, options, outcome).plan(targets, picked, targetUses, prerequisiteUses,
                placement == null ? null : placement.terms(outcome, picked), (System.nanoTime() - started) / 1_000_000);
        return placement == null ? answer : answer.withTiming(Timings.planNote(options, placement.current));
    }

    /** Of the codes of one cross-listed course ({@link SameCourse}) a plan takes at most one: it would count once. */
    private void takeOneCodePerCourse(CpModel model, Map<String, Source> chosen) {
        var byCourse = new LinkedHashMap<String, List<BoolVar>>();
        chosen.forEach((id, source) -> byCourse.computeIfAbsent(SameCourse.key(catalog, id), k -> new ArrayList<>()).add(source.chosen()));
        byCourse.values().stream().filter(codes -> codes.size() > 1).forEach(codes -> model.addAtMostOne(codes.toArray(BoolVar[]::new)));
    }

    /**
     * Whether the holdings alone meet every target (the audit's exact answer; with several targets, the joint audit's
     * within the same caps), so that the empty plan is optimal at once (no cost is negative).
     */
    private boolean holdingsMeet(List<String> targets, Map<String, Rule> targetRules, List<Holding> holdings, OverlapCaps caps) {
        var auditOptions = new StackingAudit.Options(options.referenceDate(), options.waivedConditions(),
                StackingAudit.Options.SEARCH_NODES, options.timeLimit(), options.calendar());
        if (targets.size() > 1) {
            var joint = new JointAudit(catalog, auditOptions).audit(targets, holdings, caps);
            return joint.exact() && joint.targetsMet() == targets.size();
        }
        var audit = new StackingAudit(catalog, auditOptions);
        return targetRules.values().stream().allMatch(rule -> audit.meets(rule, holdings));
    }

    private CompletionPlan emptyPlan(List<String> targets, long started) {
        return new CompletionPlan(targets, options.metric(), Lexicographic.Status.OPTIMAL.name(), 0, Totals.of(List.of()), List.of(),
                List.of(), "the exact audit: the holdings already meet every target", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * CP-SAT's linearisation level 2 puts the rules' constraints (k-of-n counts, credit sums, each source once) into its LP
     * bound. Measured on thousand-node programs with 20-course transcripts (LargeProgramProbe, CPU time): the hardest plans
     * went from 2.2-6.1 s (two not proven within 30 s) to 86-112 ms, all proven optimal.
     */
    /** What is left of the plan's time limit (at least a moment: the small solve after the plan starts from a solution). */
    private java.time.Duration timeLeft(long started) {
        var left = options.timeLimit().minusNanos(System.nanoTime() - started);
        return left.toMillis() < 50 ? java.time.Duration.ofMillis(50) : left;
    }

    private static void tuning(SatParameters.Builder parameters) {
        parameters.setLinearizationLevel(2);
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

    /** Enforces: the target's rule tree is met by holdings and chosen candidates. Answers where each source may count. */
    private List<Use> meetTarget(CpModel model, Rule rule, List<Source> pool, TermPlacement placement) {
        var encoder = new TreeEncoder(model, catalog, options.waivedConditions(), options.referenceDate())
                .judging(new Deadlines(options.calendar()));
        model.addGreaterOrEqual(encoder.encode(rule, pool), 1);
        if (placement != null) {
            placement.keepTiming(encoder);
        }
        return encoder.uses;
    }

    /**
     * Enforces: each chosen candidate's prerequisite tree is met by holdings and other chosen candidates (those the
     * holdings already meet need no constraint). Answers, per candidate, where each source may count toward it.
     */
    private Map<String, List<Use>> meetPrerequisites(CpModel model, List<Source> pool, Map<String, Source> chosen, Set<String> free) {
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
        return uses;
    }

    /**
     * Enforces: where candidates could support each other's prerequisites in a circle (possible with filter
     * prerequisites), a candidate counts toward another only when ranked strictly before it, so support is well-founded.
     */
    private static void orderCircles(CpModel model, Map<String, List<Use>> uses, int candidates) {
        var supporters = new HashMap<String, List<String>>();
        uses.forEach((credential, list) -> supporters.put(credential, list.stream().filter(u -> u.source().chosen() != null)
                .map(u -> u.source().offering().id()).toList()));
        var circles = Circles.ofPredecessors(supporters);
        var ranks = new HashMap<String, IntVar>();
        uses.forEach((credential, list) -> {
            for (var use : list) {
                var supporter = use.source().chosen() == null ? null : use.source().offering().id();
                if (supporter != null && circles.sameCircle(supporter, credential)) {
                    var before = ranks.computeIfAbsent(supporter, id -> model.newIntVar(0, candidates, "rank_" + id));
                    var after = ranks.computeIfAbsent(credential, id -> model.newIntVar(0, candidates, "rank_" + id));
                    model.addLessThan(before, after).onlyEnforceIf(use.var());
                }
            }
        });
    }

    /** The objective levels: the caller's metric, then the others in turn (levels no candidate costs anything on are skipped). */
    private List<Level> levels(Map<String, Source> chosen) {
        var vars = chosen.values().stream().map(Source::chosen).toArray(BoolVar[]::new);
        var levels = new ArrayList<Level>();
        for (var metric : costOrder()) {
            var costs = chosen.values().stream().mapToLong(s -> Math.round(catalog.cost(s.offering(), metric) * Units.SCALE)).toArray(); // unknown: pessimistic
            levels.add(new Level(vars, costs));
        }
        return levels;
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
}
