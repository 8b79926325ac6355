package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.credpath.catalog.snapshot.Rule;
import org.credpath.solver.Lexicographic;
import org.credpath.solver.Units;
import org.credpath.stacking.engine.TreeEncoder.Source;
import org.credpath.stacking.engine.TreeEncoder.Use;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * Terms inside the plan model, for targets whose rules carry timing: each chosen candidate in exactly one term (one
 * variable per candidate and term, up to one term per candidate), each term within the per-term credit cap (a credential
 * above the cap alone in its term), a prerequisite used by a candidate in an earlier term, every candidate counted beneath
 * a {@code completeByTerm: N} node in a term no later than the learner's term N, and beneath a {@code before: X} node in a
 * term before X's (when X is planned; when X is already held the audit reports the order, a plan cannot change it).
 * Plan term 1 is the learner's current term (from their calendar; their first when the start is unknown). So the cost
 * CP-SAT minimises is the least over placements that keep every deadline, not a cost whose list schedule may break one.
 */
final class TermPlacement {

    private final CpModel model;
    private final Map<String, Source> chosen;
    private final Map<Source, BoolVar[]> in = new HashMap<>();
    private final int horizon;
    /** The learner's term that plan term 1 is. */
    final int current;

    TermPlacement(CpModel model, Map<String, Source> chosen, PlanOptions options, Collection<Rule> targets) {
        this.model = model;
        this.chosen = chosen;
        this.current = options.calendar() == null ? 1 : Math.max(1, options.calendar().termOf(options.referenceDate()));
        this.horizon = Math.max(1, Math.min(chosen.size(), wholeTargetsDue(targets)));
        long cap = Math.round(options.termCredits() * Units.SCALE);
        var load = new ArrayList<LinearExpr>();
        var loads = IntStream.range(0, horizon).mapToObj(t -> LinearExpr.newBuilder()).toList();
        for (var source : chosen.values()) {
            var terms = new BoolVar[horizon];
            for (int t = 0; t < horizon; t++) {
                terms[t] = model.newBoolVar("term" + (t + 1) + "_" + source.offering().id());
                loads.get(t).addTerm(terms[t], Math.min(cap, Math.round(source.offering().credits() * Units.SCALE)));
            }
            model.addEquality(LinearExpr.sum(terms), source.chosen());
            in.put(source, terms);
        }
        loads.forEach(l -> load.add(l.build()));
        load.forEach(l -> model.addLessOrEqual(l, cap));
    }

    /**
     * The last plan term by which every target as a whole is due, when each has a completeByTerm on its top node (else no
     * bound): a cheapest plan then takes nothing later, as everything it takes counts toward a target or is a prerequisite
     * of something taken earlier. One term per candidate always suffices otherwise.
     */
    private int wholeTargetsDue(Collection<Rule> targets) {
        int last = 0;
        for (var target : targets) {
            var due = target instanceof Rule.Group g ? Deadlines.deadline(g) : null;
            if (due == null) {
                return Integer.MAX_VALUE;
            }
            last = Math.max(last, due - current + 1);
        }
        return last;
    }

    /** Whether any target's rules carry timing (only then are terms part of the model). */
    static boolean needed(Collection<Rule> targets) {
        return targets.stream().anyMatch(rule -> new IndexedTree(rule).timed);
    }

    /** The plan term of a candidate (1..horizon; 0 when not chosen). */
    private LinearExpr term(Source source) {
        return LinearExpr.weightedSum(in.get(source), IntStream.rangeClosed(1, horizon).asLongStream().toArray());
    }

    /** Enforces: a candidate used toward another's prerequisites is taken in an earlier term. */
    void orderPrerequisites(Map<String, List<Use>> prerequisiteUses) {
        prerequisiteUses.forEach((credential, uses) -> uses.stream().filter(u -> u.source().chosen() != null)
                .forEach(u -> model.addLessThan(term(u.source()), term(chosen.get(credential))).onlyEnforceIf(u.var())));
    }

    /** Enforces the timing of the encoder's tree on every candidate counted beneath a timed node. */
    void keepTiming(TreeEncoder encoder) {
        for (int i = 0; i < encoder.uses.size(); i++) {
            var use = encoder.uses.get(i);
            if (use.source().chosen() == null) {
                continue; // a holding: deadlines were judged on its date when the tree was encoded
            }
            for (var group : encoder.groupsAbove(i)) {
                var timing = group.limits().timing();
                if (timing != null && timing.completeByTerm() != null) {
                    int last = timing.completeByTerm() - current + 1;
                    if (last < 1) {
                        model.addEquality(use.var(), 0); // the deadline has passed: only holdings can count there
                    } else {
                        model.addLessOrEqual(term(use.source()), last).onlyEnforceIf(use.var());
                    }
                }
                var x = timing == null || timing.before() == null ? null : chosen.get(timing.before());
                if (x != null && x != use.source()) {
                    model.addLessThan(term(use.source()), term(x)).onlyEnforceIf(new Literal[] {use.var(), x.chosen()});
                }
            }
        }
    }

    /** The solved terms: the chosen credentials by term, empty terms dropped (which keeps every order and deadline). */
    List<CompletionPlan.Term> terms(Lexicographic.Outcome outcome, List<Source> picked) {
        var byTerm = new TreeMap<Integer, List<Source>>();
        for (var source : picked) {
            var terms = in.get(source);
            int t = IntStream.range(0, horizon).filter(i -> outcome.isTrue(terms[i])).findFirst().orElseThrow();
            byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(source);
        }
        var result = new ArrayList<CompletionPlan.Term>();
        byTerm.values().forEach(sources -> result.add(new CompletionPlan.Term(result.size() + 1,
                sources.stream().mapToDouble(s -> s.offering().credits()).sum(),
                sources.stream().map(s -> s.offering().id()).sorted().toList())));
        return result;
    }
}
