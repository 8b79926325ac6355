package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.solver.Units;
import org.credpath.stacking.engine.TreeEncoder.Use;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;

/** What a plan for several targets may share between them: the same caps as the joint audit's, stated on the plan's model. */
final class PlanSharing {

    private PlanSharing() {
    }

    /**
     * Enforces: for each pair of targets, the sources (holdings and planned credentials) counting toward both stay within
     * the pair's cap ({@link OverlapCaps}, as the joint audit keeps them); a target's maxSharedCredits bounds the ECTS of
     * sources that also count toward another target.
     */
    static void limit(CpModel model, Map<String, Rule> targets, Map<String, List<Use>> uses, OverlapCaps caps) {
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
            boolean doubleCounting = new IndexedTree(targets.get(target)).sharing;
            var exprs = new HashMap<Integer, LinearExpr>();
            bySource.forEach((s, vars) -> exprs.put(s, doubleCounting && vars.size() > 1 ? anyOf(model, vars)
                    : LinearExpr.sum(vars.toArray(new BoolVar[0]))));
            counted.put(target, exprs);
        });
        capPairs(model, caps, counted);
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
                    shared.addTerm(both, Math.round(offerings.get(source.getKey()).credits() * Units.SCALE));
                }
            }
            model.addLessOrEqual(shared.build(), Math.round(limit * Units.SCALE));
        }
    }

    /** Each pair's cap on the sources counting toward both (cap 0: none may). */
    private static void capPairs(CpModel model, OverlapCaps caps, Map<String, Map<Integer, LinearExpr>> counted) {
        for (var cap : caps.caps()) {
            if (!cap.limited()) {
                continue;
            }
            var inA = counted.get(cap.target());
            var inB = counted.get(cap.other());
            var shared = LinearExpr.newBuilder();
            for (var source : inA.entrySet()) {
                var there = inB.get(source.getKey());
                if (there == null) {
                    continue;
                }
                if (cap.max() == 0) {
                    model.addLessOrEqual(LinearExpr.newBuilder().add(source.getValue()).add(there).build(), 1);
                } else {
                    var both = model.newBoolVar("sharedPair");
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(both).addTerm(source.getValue(), -1).addTerm(there, -1).build(), -1);
                    shared.add(both);
                }
            }
            if (cap.max() > 0) {
                model.addLessOrEqual(shared.build(), cap.max());
            }
        }
    }

    /** 1 when any of the uses is (a source counted at several leaves of one target counts toward it once). */
    private static LinearExpr anyOf(CpModel model, List<BoolVar> vars) {
        var any = model.newBoolVar("counts");
        model.addMaxEquality(any, vars.toArray(new BoolVar[0]));
        return LinearExpr.term(any, 1);
    }
}
