package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.credpath.solver.Units;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * Encodes one rule tree over a pool of sources (holdings and candidate credentials) as CP-SAT
 * constraints that mirror {@link TreeEvaluator}: a use variable per (source, leaf) a source may count
 * at, each source used at most once in the tree, one source per credential leaf; per node a "met"
 * literal and a "credits counted" variable bounded by what its children pass up under the node's
 * k, caps and credits. Credits are scaled to integers ({@link Units#SCALE} per credit). Each rule of the model
 * is one method below, named for what it enforces.
 */
final class TreeEncoder {

    /** A credential that may count: a holding (always available) or a candidate (available when chosen). */
    record Source(int index, Offering offering, Holding holding, BoolVar chosen) {
    }

    /** A use of a source at a leaf, for credits (scaled), as itself ({@code via} null) or as the credential {@code via}. */
    record Use(Source source, BoolVar var, long credits, String via) {
    }

    private record Slot(LinearArgument met, LinearArgument credits, long upper) {
    }

    private record Node(LinearArgument met, LinearArgument credits, long upper, List<Slot> slots) {
    }

    private final CpModel model;
    private final CatalogSnapshot catalog;
    private final Set<String> waived;
    private final LocalDate today;
    /** Every use variable made, so callers can read which source counted where. */
    final List<Use> uses = new ArrayList<>();
    /** The leaf of each use, in the same order (for double counting's blocks). */
    private final List<Integer> useLeaves = new ArrayList<>();
    /** The area each use counts for under a group with distribution areas, in the same order (null: none). */
    private final List<String> useAreas = new ArrayList<>();
    private IndexedTree tree;
    private Deadlines deadlines = Deadlines.NONE;

    TreeEncoder(CpModel model, CatalogSnapshot catalog, Set<String> waived, LocalDate today) {
        this.model = model;
        this.catalog = catalog;
        this.waived = waived;
        this.today = today;
    }

    /** This encoder, keeping holdings earned after a node's deadline from counting beneath it. */
    TreeEncoder judging(Deadlines deadlines) {
        this.deadlines = deadlines;
        return this;
    }

    /** The groups above the leaf of {@code uses.get(use)}, root first (for timing, {@link TermPlacement}). */
    List<Rule.Group> groupsAbove(int use) {
        return tree.ancestors.get(useLeaves.get(use));
    }

    /** Encodes {@code root} over {@code pool} and returns its "met" expression (0..1). Use one encoder per tree. */
    LinearArgument encode(Rule root, List<Source> pool) {
        tree = new IndexedTree(root);
        var node = node(root, tree, pool);
        countOnce();
        return node.met();
    }

    /**
     * Enforces: each source counts at most once in the tree, or with double counting at most once per counting block
     * ({@link IndexedTree}).
     */
    private void countOnce() {
        var byKey = new HashMap<List<Integer>, List<BoolVar>>();
        for (int i = 0; i < uses.size(); i++) {
            int source = uses.get(i).source().index();
            var key = tree.sharing ? List.of(source, tree.block(useLeaves.get(i))) : List.of(source);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(uses.get(i).var());
        }
        byKey.values().forEach(vars -> {
            if (vars.size() > 1) {
                model.addAtMostOne(vars.toArray(new BoolVar[0]));
            }
        });
    }

    private Node node(Rule rule, IndexedTree tree, List<Source> pool) {
        if (rule instanceof Rule.Group g) {
            return group(g, tree, pool);
        }
        if (rule instanceof Rule.ConditionLeaf || rule instanceof Rule.UnresolvedLeaf) {
            // a condition or an unresolved reference is met exactly when an adviser waived it
            var met = LinearExpr.constant(Waivers.covers(waived, rule) ? 1 : 0);
            return new Node(met, LinearExpr.constant(0), 0, List.of(new Slot(met, LinearExpr.constant(0), 0)));
        }
        int leaf = tree.leafIndex.get(rule);
        var leafUses = new ArrayList<Use>();
        for (var source : pool) {
            var match = Eligibility.match(rule, source.offering(), catalog);
            if (match == null || (source.holding() != null
                    && Eligibility.blockedByAncestors(tree, leaf, source.holding(), today, deadlines) != null)) {
                continue;
            }
            var group = tree.areaGroup(leaf);
            var areas = group == null ? List.<String>of() : Eligibility.areasOf(group, match, source.offering(), catalog);
            for (var area : areas.isEmpty() ? java.util.Collections.<String>singletonList(null) : areas) { // once per area it may count for
                var var = model.newBoolVar("use_" + rule.id() + "_" + source.offering().id() + (area == null ? "" : "_" + area));
                onlyIfChosen(var, source);
                var use = new Use(source, var, Math.round(match.credits() * Units.SCALE), match.via());
                leafUses.add(use);
                uses.add(use);
                useLeaves.add(leaf);
                useAreas.add(area);
            }
        }
        return rule instanceof Rule.CredentialLeaf ? credentialLeaf(leafUses) : filterLeaf(rule, leafUses);
    }

    /** Enforces: a credential leaf takes one source, and passes up that source's credits. */
    private Node credentialLeaf(List<Use> leafUses) {
        var vars = leafUses.stream().map(Use::var).toArray(BoolVar[]::new);
        var credits = LinearExpr.weightedSum(vars, leafUses.stream().mapToLong(Use::credits).toArray());
        model.addAtMostOne(vars);
        long best = leafUses.stream().mapToLong(Use::credits).max().orElse(0);
        var met = LinearExpr.sum(vars);
        return new Node(met, credits, best, List.of(new Slot(met, credits, best)));
    }

    /** Enforces: a filter leaf is met by any matching source counting there; its slots depend on the parent (see group). */
    private Node filterLeaf(Rule rule, List<Use> leafUses) {
        var vars = leafUses.stream().map(Use::var).toArray(BoolVar[]::new);
        var credits = LinearExpr.weightedSum(vars, leafUses.stream().mapToLong(Use::credits).toArray());
        long upper = leafUses.stream().mapToLong(Use::credits).sum();
        var met = model.newBoolVar("met_" + rule.id());
        model.addLessOrEqual(met, LinearExpr.sum(vars));
        var slots = new ArrayList<Slot>();
        for (var use : leafUses) {
            slots.add(new Slot(use.var(), LinearExpr.term(use.var(), use.credits()), use.credits()));
        }
        return new Node(met, credits, upper, slots);
    }

    /** Enforces: a candidate counts only when chosen (a holding always may). */
    private void onlyIfChosen(BoolVar use, Source source) {
        if (source.chosen() != null) {
            model.addImplication(use, source.chosen());
        }
    }

    private Node group(Rule.Group g, IndexedTree tree, List<Source> pool) {
        if (g.limits().distribution() != null) {
            return distributed(g, tree, pool);
        }
        var slots = new ArrayList<Slot>();
        var met = model.newBoolVar("met_" + g.id());
        for (var child : g.children()) {
            var node = node(child, tree, pool);
            if (g.kind() == Rule.Kind.ALL_OF) {
                allOfMet(met, node);
            }
            if (child instanceof Rule.FilterLeaf && g.kind() == Rule.Kind.ALL_OF) {
                slots.add(bestSingle(node));
            } else if (child instanceof Rule.FilterLeaf) {
                slots.addAll(node.slots());
            } else {
                slots.add(new Slot(node.met(), node.credits(), node.upper()));
            }
        }
        if (g.kind() == Rule.Kind.AT_LEAST_K_OF) {
            kOfMet(g, met, slots);
        }
        var passed = LinearExpr.newBuilder();
        long upper = passUp(g, slots, passed);
        long cap = upper;
        if (g.limits().maxCountedCredits() != null) {
            cap = Math.min(cap, Math.round(g.limits().maxCountedCredits() * Units.SCALE));
        }
        if (g.kind() == Rule.Kind.AT_LEAST_CREDITS) {
            cap = Math.min(cap, Math.round(g.credits() * Units.SCALE));
        }
        var counted = model.newIntVar(0, Math.max(0, cap), "v_" + g.id());
        model.addLessOrEqual(counted, passed.build()); // a node counts no more than its items pass up, within its caps
        if (g.kind() == Rule.Kind.AT_LEAST_CREDITS) {
            creditsMet(g, met, counted);
        }
        var up = g.limits().gated() ? onlyWhenMet(g, met, counted, Math.max(0, cap)) : counted;
        return new Node(met, up, Math.max(0, cap), List.of(new Slot(met, up, Math.max(0, cap))));
    }

    /** Enforces: a group with distribution areas counts its leaves' sources as the audit does ({@link AreaSelection}). */
    private Node distributed(Rule.Group g, IndexedTree tree, List<Source> pool) {
        int from = uses.size();
        g.children().forEach(child -> node(child, tree, pool));
        var items = new ArrayList<AreaSelection.Item>();
        for (int i = from; i < uses.size(); i++) {
            items.add(new AreaSelection.Item(uses.get(i).var(), uses.get(i).credits(), useAreas.get(i)));
        }
        var value = new AreaSelection(model).encode(g, items, Math.round(g.credits() * Units.SCALE), AreaSelection.cap(g, Units.SCALE));
        var up = g.limits().gated() ? onlyWhenMet(g, value.met(), value.counted(), value.max()) : value.counted();
        return new Node(value.met(), up, value.max(), List.of(new Slot(value.met(), up, value.max())));
    }

    /** Enforces: a gated node passes credits up only when it is met. */
    private IntVar onlyWhenMet(Rule.Group g, BoolVar met, LinearArgument counted, long cap) {
        var up = model.newIntVar(0, cap, "up_" + g.id());
        model.addLessOrEqual(up, counted);
        model.addLessOrEqual(up, LinearExpr.term(met, cap));
        return up;
    }

    /** Enforces: an ALL_OF node is met only when every child is. */
    private void allOfMet(BoolVar met, Node child) {
        model.addLessOrEqual(met, child.met());
    }

    /** Enforces: a k-of-n node is met only when k of its items are (a child, or each credential under a filter child). */
    private void kOfMet(Rule.Group g, BoolVar met, List<Slot> slots) {
        var metItems = LinearExpr.newBuilder();
        slots.forEach(s -> metItems.add(s.met()));
        metItems.addTerm(met, -g.k());
        model.addGreaterOrEqual(metItems.build(), 0);
    }

    /** Enforces: a credit pool is met only when the credits it counts reach its target. */
    private void creditsMet(Rule.Group g, BoolVar met, IntVar counted) {
        model.addGreaterOrEqual(counted, LinearExpr.term(met, Math.round(g.credits() * Units.SCALE)));
    }

    /**
     * Enforces: under k-of-n (and maxCountedItems) only that many items pass credits up. Adds what they pass to
     * {@code passed} and answers its upper bound.
     */
    private long passUp(Rule.Group g, List<Slot> slots, LinearExprBuilder passed) {
        Integer selectable = g.kind() == Rule.Kind.AT_LEAST_K_OF ? Integer.valueOf(g.k()) : null;
        if (g.limits().maxCountedItems() != null) {
            selectable = selectable == null ? g.limits().maxCountedItems() : Math.min(selectable, g.limits().maxCountedItems());
        }
        long upper = 0;
        if (selectable == null) {
            for (var s : slots) {
                passed.add(s.credits());
                upper += s.upper();
            }
            return upper;
        }
        var picks = new ArrayList<BoolVar>();
        for (var s : slots) {
            var pick = model.newBoolVar("pick");
            var counted = model.newIntVar(0, s.upper(), "w");
            model.addLessOrEqual(counted, s.credits());
            model.addLessOrEqual(counted, LinearExpr.term(pick, s.upper()));
            passed.add(counted);
            picks.add(pick);
            upper += s.upper();
        }
        model.addLessOrEqual(LinearExpr.sum(picks.toArray(new BoolVar[0])), selectable);
        return upper;
    }

    /** Enforces: under ALL_OF a filter stands for one credential, so only the best single matching source passes credits up. */
    private Slot bestSingle(Node filter) {
        if (filter.slots().isEmpty()) {
            return new Slot(filter.met(), LinearExpr.constant(0), 0);
        }
        var picks = new ArrayList<BoolVar>();
        var credits = LinearExpr.newBuilder();
        long upper = 0;
        for (var s : filter.slots()) {
            var pick = model.newBoolVar("one");
            model.addLessOrEqual(pick, s.met());
            credits.addTerm(pick, s.upper());
            picks.add(pick);
            upper = Math.max(upper, s.upper());
        }
        model.addAtMostOne(picks.toArray(new BoolVar[0]));
        return new Slot(filter.met(), credits.build(), upper);
    }
}
