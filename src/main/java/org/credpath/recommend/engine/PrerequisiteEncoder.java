package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.solver.Units;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;

/**
 * Encodes an entry rule as CP-SAT constraints with the monotone reading of {@link EntryRules#met}: per node
 * a "met" literal bounded above by what its children give (items for k-of-n, credits for credit pools),
 * holdings as constants, candidate credentials as their choice literals. Credits are scaled to integers
 * ({@link Units#SCALE}). Each rule of the model is one method below, named for what it enforces.
 */
final class PrerequisiteEncoder {

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
        rule.forEachLeaf(leaf -> entry.matching(leaf, candidates, (position, credits) -> found.add(position)));
        found.remove(self);
        return new ArrayList<>(found);
    }

    /** The rule's "met" literal for candidate {@code self}, over holdings and the other candidates. */
    LinearArgument encode(Rule rule, int self) {
        return rule.fold((leaf, groups) -> leaf(leaf, self, groups), this::group).met();
    }

    private Node leaf(Rule rule, int self, List<Rule.Group> path) {
        if (!(rule instanceof Rule.CredentialLeaf) && !(rule instanceof Rule.FilterLeaf)) {
            return new Node(LinearExpr.constant(0), LinearExpr.constant(0), LinearExpr.constant(0));
        }
        var held = new Held();
        for (var h : entry.holdings()) {
            var o = entry.catalog().offering(h.credential()).orElse(null);
            Double c = o == null || !entry.gradeAndWindowMet(rule, h, path) ? null : LeafCredits.of(rule, o, entry.catalog());
            if (c != null) {
                held.add(Math.round(c * Units.SCALE));
            }
        }
        var lits = new ArrayList<BoolVar>();
        var credits = new ArrayList<Long>();
        entry.matching(rule, members, (j, c) -> {
            if (j != self) {
                lits.add(literal.apply(j, self));
                credits.add(Math.round(c * Units.SCALE));
            }
        });
        var vars = lits.toArray(new BoolVar[0]);
        var weights = credits.stream().mapToLong(Long::longValue).toArray();
        return rule instanceof Rule.CredentialLeaf ? credentialLeaf(rule, held, vars, weights) : filterLeaf(rule, held, vars, weights);
    }

    /** What the holdings bring to a leaf: how many match, their credits and the best single one's (scaled). */
    private static final class Held {
        int items;
        long credits;
        long best;

        void add(long scaled) {
            items++;
            credits += scaled;
            best = Math.max(best, scaled);
        }
    }

    private Node group(Rule.Group g, List<Node> children) {
        var met = model.newBoolVar("met_" + g.id());
        var items = LinearExpr.newBuilder();
        var credits = LinearExpr.newBuilder();
        for (int i = 0; i < children.size(); i++) {
            var child = children.get(i);
            if (g.kind() == Rule.Kind.ALL_OF) {
                allOfMet(met, child);
            }
            items.add(g.children().get(i) instanceof Rule.FilterLeaf ? child.items() : child.met());
            credits.add(child.credits());
        }
        LinearArgument passed = capCredits(g, credits.build());
        if (g.kind() == Rule.Kind.AT_LEAST_K_OF) {
            kOfMet(g, met, items.build());
        } else if (g.kind() == Rule.Kind.AT_LEAST_CREDITS) {
            creditsMet(g, met, passed);
        }
        return new Node(met, met, passed);
    }

    /** Enforces: an ALL_OF node is met only when every child is. */
    private void allOfMet(BoolVar met, Node child) {
        model.addLessOrEqual(met, child.met());
    }

    /** Enforces: a node passes up no more credits than its maxCountedCredits. */
    private LinearArgument capCredits(Rule.Group g, LinearArgument credits) {
        if (g.limits().maxCountedCredits() == null) {
            return credits;
        }
        var capped = model.newIntVar(0, Math.round(g.limits().maxCountedCredits() * Units.SCALE), "cap_" + g.id());
        model.addLessOrEqual(capped, credits);
        return capped;
    }

    /** Enforces: a k-of-n node is met only when k of its items are (a child, or each credential under a filter child). */
    private void kOfMet(Rule.Group g, BoolVar met, LinearArgument items) {
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(items).addTerm(met, -g.k()).build(), 0);
    }

    /** Enforces: a credit pool is met only when the credits it counts reach its target. */
    private void creditsMet(Rule.Group g, BoolVar met, LinearArgument credits) {
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(credits).addTerm(met, -Math.round(g.credits() * Units.SCALE)).build(), 0);
    }

    /** Enforces: a credential leaf counts its best single source, a holding (constant) or one chosen candidate. */
    private Node credentialLeaf(Rule rule, Held held, BoolVar[] vars, long[] weights) {
        if (held.items > 0 && java.util.Arrays.stream(weights).allMatch(w -> w <= held.best)) {
            return new Node(LinearExpr.constant(1), LinearExpr.constant(1), LinearExpr.constant(held.best));
        }
        var picks = new BoolVar[vars.length];
        var met = model.newBoolVar("met_" + rule.id());
        var sum = LinearExpr.newBuilder();
        for (int i = 0; i < vars.length; i++) {
            picks[i] = model.newBoolVar("pick");
            model.addImplication(picks[i], vars[i]);
            sum.add(picks[i]);
        }
        var heldPick = held.items > 0 ? model.newBoolVar("pickHeld") : null;
        if (heldPick != null) {
            sum.add(heldPick);
        }
        model.addLessOrEqual(sum.build(), 1);
        model.addLessOrEqual(met, sum.build());
        var creditExpr = LinearExpr.newBuilder().addWeightedSum(picks, weights);
        if (heldPick != null) {
            creditExpr.addTerm(heldPick, held.best);
        }
        return new Node(met, met, creditExpr.build());
    }

    /** Enforces: a filter leaf is met by any matching source; each one is an item and brings its credits. */
    private Node filterLeaf(Rule rule, Held held, BoolVar[] vars, long[] weights) {
        var items = LinearExpr.newBuilder().add(held.items).addSum(vars).build();
        var met = model.newBoolVar("met_" + rule.id());
        model.addLessOrEqual(met, items);
        return new Node(met, items, LinearExpr.newBuilder().add(held.credits).addWeightedSum(vars, weights).build());
    }

    static Map<Integer, List<Integer>> supportGraph(Map<Integer, Rule> rules, List<Offering> candidates, EntryRules entry) {
        var graph = new HashMap<Integer, List<Integer>>();
        var members = Members.of(candidates);
        rules.forEach((i, rule) -> graph.put(i, supporters(rule, i, members, entry)));
        return graph;
    }
}
