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

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;

/**
 * Encodes one rule tree over a pool of sources (holdings and candidate credentials) as CP-SAT
 * constraints that mirror {@link TreeEvaluator}: a use variable per (source, leaf) a source may count
 * at, each source used at most once in the tree, one source per credential leaf; per node a "met"
 * literal and a "credits counted" variable bounded by what its children pass up under the node's
 * k, caps and credits. Credits are scaled to integers ({@link #SCALE} per credit).
 */
final class TreeEncoder {

    static final int SCALE = 100;

    /** A credential that may count: a holding (always available) or a candidate (available when chosen). */
    record Source(int index, Offering offering, Holding holding, BoolVar chosen) {
    }

    /** A use of a source at a leaf, for credits (scaled). */
    record Use(Source source, BoolVar var, long credits) {
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

    TreeEncoder(CpModel model, CatalogSnapshot catalog, Set<String> waived, LocalDate today) {
        this.model = model;
        this.catalog = catalog;
        this.waived = waived;
        this.today = today;
    }

    /** Encodes {@code root} over {@code pool} and returns its "met" expression (0..1). Use one encoder per tree. */
    LinearArgument encode(Rule root, List<Source> pool) {
        var tree = new IndexedTree(root);
        var node = node(root, tree, pool);
        var bySource = new HashMap<Integer, List<BoolVar>>();
        for (var use : uses) {
            bySource.computeIfAbsent(use.source().index(), k -> new ArrayList<>()).add(use.var());
        }
        bySource.values().forEach(vars -> {
            if (vars.size() > 1) {
                model.addAtMostOne(vars.toArray(new BoolVar[0]));
            }
        });
        return node.met();
    }

    private Node node(Rule rule, IndexedTree tree, List<Source> pool) {
        if (rule instanceof Rule.Group g) {
            return group(g, tree, pool);
        }
        if (rule instanceof Rule.ConditionLeaf c) {
            var met = LinearExpr.constant(Waivers.covers(waived, c) ? 1 : 0);
            return new Node(met, LinearExpr.constant(0), 0, List.of(new Slot(met, LinearExpr.constant(0), 0)));
        }
        if (rule instanceof Rule.UnresolvedLeaf u) {
            var met = LinearExpr.constant(Waivers.covers(waived, u) ? 1 : 0);
            return new Node(met, LinearExpr.constant(0), 0, List.of(new Slot(met, LinearExpr.constant(0), 0)));
        }
        int leaf = tree.leafIndex.get(rule);
        var leafUses = new ArrayList<Use>();
        for (var source : pool) {
            var match = Eligibility.match(rule, source.offering(), catalog);
            if (match == null || (source.holding() != null
                    && Eligibility.blockedByAncestors(tree, leaf, source.holding(), today) != null)) {
                continue;
            }
            var var = model.newBoolVar("use_" + rule.id() + "_" + source.offering().id());
            if (source.chosen() != null) {
                model.addImplication(var, source.chosen());
            }
            var use = new Use(source, var, Math.round(match.credits() * SCALE));
            leafUses.add(use);
            uses.add(use);
        }
        var vars = leafUses.stream().map(Use::var).toArray(BoolVar[]::new);
        var credits = LinearExpr.weightedSum(vars, leafUses.stream().mapToLong(Use::credits).toArray());
        long upper = leafUses.stream().mapToLong(Use::credits).sum();
        if (rule instanceof Rule.CredentialLeaf) {
            model.addAtMostOne(vars);
            long best = leafUses.stream().mapToLong(Use::credits).max().orElse(0);
            var met = LinearExpr.sum(vars);
            return new Node(met, credits, best, List.of(new Slot(met, credits, best)));
        }
        // a filter leaf: met by any matching source; its slots depend on the parent (see group)
        var met = model.newBoolVar("met_" + rule.id());
        model.addLessOrEqual(met, LinearExpr.sum(vars));
        var slots = new ArrayList<Slot>();
        for (var use : leafUses) {
            slots.add(new Slot(use.var(), LinearExpr.term(use.var(), use.credits()), use.credits()));
        }
        return new Node(met, credits, upper, slots);
    }

    private Node group(Rule.Group g, IndexedTree tree, List<Source> pool) {
        var slots = new ArrayList<Slot>();
        var met = model.newBoolVar("met_" + g.id());
        for (var child : g.children()) {
            var node = node(child, tree, pool);
            if (g.kind() == Rule.Kind.ALL_OF) {
                model.addLessOrEqual(met, node.met());
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
            var metItems = LinearExpr.newBuilder();
            slots.forEach(s -> metItems.add(s.met()));
            metItems.addTerm(met, -g.k());
            model.addGreaterOrEqual(metItems.build(), 0);
        }
        Integer selectable = g.kind() == Rule.Kind.AT_LEAST_K_OF ? Integer.valueOf(g.k()) : null;
        if (g.limits().maxCountedItems() != null) {
            selectable = selectable == null ? g.limits().maxCountedItems() : Math.min(selectable, g.limits().maxCountedItems());
        }
        var passedUp = LinearExpr.newBuilder();
        long upper = 0;
        if (selectable == null) {
            for (var s : slots) {
                passedUp.add(s.credits());
                upper += s.upper();
            }
        } else {
            // only `selectable` slots may pass credits up
            var picks = new ArrayList<BoolVar>();
            for (var s : slots) {
                var pick = model.newBoolVar("pick");
                var counted = model.newIntVar(0, s.upper(), "w");
                model.addLessOrEqual(counted, s.credits());
                model.addLessOrEqual(counted, LinearExpr.term(pick, s.upper()));
                passedUp.add(counted);
                picks.add(pick);
                upper += s.upper();
            }
            model.addLessOrEqual(LinearExpr.sum(picks.toArray(new BoolVar[0])), selectable);
        }
        long cap = upper;
        if (g.limits().maxCountedCredits() != null) {
            cap = Math.min(cap, Math.round(g.limits().maxCountedCredits() * SCALE));
        }
        if (g.kind() == Rule.Kind.AT_LEAST_CREDITS) {
            cap = Math.min(cap, Math.round(g.credits() * SCALE));
        }
        var counted = model.newIntVar(0, Math.max(0, cap), "v_" + g.id());
        model.addLessOrEqual(counted, passedUp.build());
        if (g.kind() == Rule.Kind.AT_LEAST_CREDITS) {
            model.addGreaterOrEqual(counted, LinearExpr.term(met, Math.round(g.credits() * SCALE)));
        }
        return new Node(met, counted, Math.max(0, cap), List.of(new Slot(met, counted, Math.max(0, cap))));
    }

    /** Under ALL_OF a filter stands for one credential: only the best single matching source passes credits up. */
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
