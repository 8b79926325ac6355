package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;

/**
 * Encodes an entry rule as CP-SAT constraints with the monotone reading of {@link EntryRules#met}: per node
 * a "met" literal bounded above by what its children give (items for k-of-n, credits for credit pools),
 * holdings as constants, candidate credentials as their choice literals. Credits are scaled to integers.
 */
final class PrerequisiteEncoder {

    static final int SCALE = 100;

    private record Node(LinearArgument met, LinearArgument items, LinearArgument credits) {
    }

    private final CpModel model;
    private final EntryRules entry;
    private final Members members;
    /** The literal that lets candidate j count in candidate i's rule (its choice, or a support literal ordered before i). */
    private final BiFunction<Integer, Integer, BoolVar> literal;

    PrerequisiteEncoder(CpModel model, EntryRules entry, List<Offering> candidates, BiFunction<Integer, Integer, BoolVar> literal) {
        this.model = model;
        this.entry = entry;
        this.members = Members.of(candidates);
        this.literal = literal;
    }

    /** Candidates (other than {@code self}) that match some leaf of the rule: those that may support it. */
    private static List<Integer> supporters(Rule rule, int self, Members candidates, EntryRules entry) {
        var found = new java.util.TreeSet<Integer>();
        NextStepRanker.leaves(rule, leaf -> entry.matching(leaf, candidates, (position, credits) -> found.add(position)));
        found.remove(self);
        return new ArrayList<>(found);
    }

    /** The rule's "met" literal for candidate {@code self}, over holdings and the other candidates. */
    LinearArgument encode(Rule rule, int self) {
        return node(rule, self, new ArrayList<>()).met();
    }

    private Node node(Rule rule, int self, List<Rule.Limits> path) {
        if (rule instanceof Rule.Group g) {
            path.add(g.limits());
            var children = new ArrayList<Node>();
            g.children().forEach(c -> children.add(node(c, self, path)));
            path.remove(path.size() - 1);
            var met = model.newBoolVar("met_" + g.id());
            var items = LinearExpr.newBuilder();
            var credits = LinearExpr.newBuilder();
            for (int i = 0; i < children.size(); i++) {
                var child = children.get(i);
                if (g.kind() == Rule.Kind.ALL_OF) {
                    model.addLessOrEqual(met, child.met());
                }
                items.add(g.children().get(i) instanceof Rule.FilterLeaf ? child.items() : child.met());
                credits.add(child.credits());
            }
            LinearArgument passed = credits.build();
            if (g.limits().maxCountedCredits() != null) {
                var capped = model.newIntVar(0, Math.round(g.limits().maxCountedCredits() * SCALE), "cap_" + g.id());
                model.addLessOrEqual(capped, passed);
                passed = capped;
            }
            if (g.kind() == Rule.Kind.AT_LEAST_K_OF) {
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(items.build()).addTerm(met, -g.k()).build(), 0);
            } else if (g.kind() == Rule.Kind.AT_LEAST_CREDITS) {
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(passed).addTerm(met, -Math.round(g.credits() * SCALE)).build(), 0);
            }
            return new Node(met, met, passed);
        }
        if (!(rule instanceof Rule.CredentialLeaf) && !(rule instanceof Rule.FilterLeaf)) {
            return new Node(LinearExpr.constant(0), LinearExpr.constant(0), LinearExpr.constant(0));
        }
        int heldItems = 0;
        long heldCredits = 0;
        long heldBest = 0;
        for (var h : entry.holdings()) {
            var o = entry.catalog().offering(h.credential()).orElse(null);
            Double c = o == null || !entry.gradeAndWindowMet(rule, h, path) ? null : EntryRules.credits(rule, o, entry.catalog());
            if (c != null) {
                heldItems++;
                heldCredits += Math.round(c * SCALE);
                heldBest = Math.max(heldBest, Math.round(c * SCALE));
            }
        }
        var lits = new ArrayList<BoolVar>();
        var credits = new ArrayList<Long>();
        entry.matching(rule, members, (j, c) -> {
            if (j != self) {
                lits.add(literal.apply(j, self));
                credits.add(Math.round(c * SCALE));
            }
        });
        var vars = lits.toArray(new BoolVar[0]);
        var weights = credits.stream().mapToLong(Long::longValue).toArray();
        if (rule instanceof Rule.CredentialLeaf) {
            long best = heldBest;
            if (heldItems > 0 && java.util.Arrays.stream(weights).allMatch(w -> w <= best)) {
                return new Node(LinearExpr.constant(1), LinearExpr.constant(1), LinearExpr.constant(best));
            }
            // the best single source counts: a holding (constant) or one chosen candidate
            var picks = new BoolVar[vars.length];
            var met = model.newBoolVar("met_" + rule.id());
            var sum = LinearExpr.newBuilder();
            for (int i = 0; i < vars.length; i++) {
                picks[i] = model.newBoolVar("pick");
                model.addImplication(picks[i], vars[i]);
                sum.add(picks[i]);
            }
            var heldPick = heldItems > 0 ? model.newBoolVar("pickHeld") : null;
            if (heldPick != null) {
                sum.add(heldPick);
            }
            model.addLessOrEqual(sum.build(), 1);
            model.addLessOrEqual(met, sum.build());
            var creditExpr = LinearExpr.newBuilder().addWeightedSum(picks, weights);
            if (heldPick != null) {
                creditExpr.addTerm(heldPick, heldBest);
            }
            return new Node(met, met, creditExpr.build());
        }
        var items = LinearExpr.newBuilder().add(heldItems).addSum(vars).build();
        var met = model.newBoolVar("met_" + rule.id());
        model.addLessOrEqual(met, items);
        return new Node(met, items, LinearExpr.newBuilder().add(heldCredits).addWeightedSum(vars, weights).build());
    }

    static Map<Integer, List<Integer>> supportGraph(Map<Integer, Rule> rules, List<Offering> candidates, EntryRules entry) {
        var graph = new HashMap<Integer, List<Integer>>();
        var members = Members.of(candidates);
        rules.forEach((i, rule) -> graph.put(i, supporters(rule, i, members, entry)));
        return graph;
    }
}
