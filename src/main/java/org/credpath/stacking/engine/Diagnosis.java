package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.credpath.stacking.engine.UnsatisfiableTargetException.Blocker;

/**
 * Explains an infeasible plan in two passes. First, with every credential the options allow (and every holding) at
 * once, ignoring prerequisites: which rule nodes still cannot be met and why. If every target could be met that way,
 * the prerequisites are what block it: the second pass keeps only the credentials that can actually be reached (the
 * holdings, then, round after round, each candidate whose prerequisites the reached ones meet), and names the rule
 * nodes that cannot be met with those, each with the credentials it would need that cannot be taken and the
 * prerequisite that stops each.
 */
final class Diagnosis {

    private record Reach(boolean meetable, double credits, int items) {
    }

    /** How many unreachable credentials a blocker names before it only counts the rest. */
    private static final int NAMED = 5;

    private final CatalogSnapshot catalog;
    private final PlanOptions options;
    private final Map<String, Rule> targets;
    private final Set<String> enrolled;
    private final Set<String> candidates;
    private final Set<String> held = new HashSet<>();
    private Set<String> available = new HashSet<>();
    /** Candidates whose prerequisites cannot be met (second pass only). */
    private Set<String> unreachable = Set.of();
    private List<Blocker> blockers = new ArrayList<>();
    /** While explaining why one credential cannot be reached: name unreachable prerequisites, do not explain them again. */
    private boolean explaining;
    private String target;

    Diagnosis(CatalogSnapshot catalog, PlanOptions options, Map<String, Rule> targets, List<Holding> holdings,
              Set<String> candidates, Set<String> enrolled) {
        this.catalog = catalog;
        this.enrolled = enrolled;
        this.options = options;
        this.targets = targets;
        this.candidates = candidates;
        holdings.forEach(h -> held.add(h.credential()));
        available.addAll(held);
        available.addAll(candidates);
    }

    List<Blocker> blockers() {
        found();
        if (blockers.isEmpty()) {
            targets.forEach((id, rule) -> blockers.add(new Blocker(id, rule.id(), rule.label(),
                    "every way to meet it needs credentials whose prerequisites cannot all be met together with the credentials "
                            + "the options allow (each counts once, and what several targets share is capped: maxSharedWith, maxSharedCredits)")));
        }
        return blockers;
    }

    /** The rule nodes no plan can meet whatever the order of its terms (empty when the reason lies elsewhere). */
    List<Blocker> found() {
        reachTargets();
        if (!blockers.isEmpty()) {
            return blockers;
        }
        available = reachable();
        unreachable = new LinkedHashSet<>(candidates);
        unreachable.removeAll(available);
        reachTargets();
        return blockers;
    }

    private void reachTargets() {
        for (var entry : targets.entrySet()) {
            target = entry.getKey();
            reach(entry.getValue());
        }
    }

    /** The holdings, and every candidate whose prerequisites can be met by those reached before it (a fixed point). */
    private Set<String> reachable() {
        var saved = blockers;
        available = new HashSet<>(held);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var candidate : candidates) {
                if (!available.contains(candidate) && prerequisitesMet(candidate)) {
                    available.add(candidate);
                    grew = true;
                }
            }
        }
        blockers = saved;
        return available;
    }

    private boolean prerequisitesMet(String credential) {
        blockers = new ArrayList<>();
        return catalog.prerequisites(credential).map(rule -> reach(rule).meetable()).orElse(true);
    }

    /** What the options let the rule reach, blocking (in tree order, children first) every node they cannot meet. */
    private Reach reach(Rule rule) {
        return rule.fold((leaf, groups) -> leaf(leaf), this::reachGroup);
    }

    private Reach leaf(Rule rule) {
        if (rule instanceof Rule.CredentialLeaf c) {
            boolean direct = available.contains(c.credential());
            boolean recognised = available.stream().anyMatch(a -> catalog.recognitionsFrom(a).stream().anyMatch(r -> r.to().equals(c.credential())));
            if (direct || recognised) {
                return new Reach(true, catalog.offering(c.credential()).map(Offering::credits).orElse(0.0), 1);
            }
            if (!unreachable.contains(c.credential())) {
                block(rule, unavailable(c.credential()));
            } else {
                block(rule, explaining ? "needs " + name(c.credential()) + ", whose prerequisites cannot be met either"
                        : "needs " + whyUnreachable(c.credential()));
            }
            return new Reach(false, 0, 0);
        }
        if (rule instanceof Rule.FilterLeaf f) {
            var matching = available.stream().map(catalog::offering).flatMap(Optional::stream).filter(o -> catalog.matches(f.filter(), o)).toList();
            if (matching.isEmpty()) {
                block(rule, "no credential the options allow matches this filter" + unreachableBeneath(rule));
            }
            return new Reach(!matching.isEmpty(), matching.stream().mapToDouble(Offering::credits).sum(), matching.size());
        }
        if (Waivers.covers(options.waivedConditions(), rule)) {
            return new Reach(true, 0, 1);
        }
        blockers.add(new Blocker(target, rule.id(), rule.label(), rule instanceof Rule.ConditionLeaf ? "a condition only an adviser can waive"
                : "an unresolved reference in the source data", true));
        return new Reach(false, 0, 0);
    }

    private Reach reachGroup(Rule.Group g, List<Reach> children) {
        double credits = 0;
        for (int i = 0; i < children.size(); i++) { // a gated child that cannot be met passes nothing up
            boolean gatedShut = g.children().get(i) instanceof Rule.Group cg && cg.limits().gated() && !children.get(i).meetable();
            credits += gatedShut ? 0 : children.get(i).credits();
        }
        if (g.limits().maxCountedCredits() != null) {
            credits = Math.min(credits, g.limits().maxCountedCredits());
        }
        switch (g.kind()) {
            case ALL_OF:
                return new Reach(children.stream().allMatch(Reach::meetable), credits, 1);
            case AT_LEAST_K_OF:
                int items = 0;
                for (int i = 0; i < children.size(); i++) {
                    items += g.children().get(i) instanceof Rule.FilterLeaf ? children.get(i).items() : children.get(i).meetable() ? 1 : 0;
                }
                if (items < g.k()) {
                    block(g, "needs " + g.k() + " items but at most " + items + " can be met with the credentials the options allow"
                            + unreachableBeneath(g));
                }
                return new Reach(items >= g.k(), credits, 1);
            default:
                if (credits + 1e-9 < g.credits()) {
                    block(g, "needs " + g.credits() + " credits but at most " + credits + " can be counted with the credentials the options allow"
                            + unreachableBeneath(g));
                }
                return new Reach(credits + 1e-9 >= g.credits(), Math.min(credits, g.credits()), 1);
        }
    }

    /** "X (title), whose prerequisites cannot be met: node (label): reason": the first prerequisite node that stops it. */
    private String whyUnreachable(String credential) {
        var saved = blockers;
        explaining = true;
        prerequisitesMet(credential);
        var stops = blockers;
        explaining = false;
        blockers = saved;
        var stop = stops.isEmpty() ? "" : ": " + describe(stops.get(0));
        if (stops.size() > 1) {
            stop += " (and " + (stops.size() - 1) + " more)";
        }
        return name(credential) + ", whose prerequisites cannot be met" + stop;
    }

    private String name(String credential) {
        return credential + catalog.offering(credential).map(o -> " (" + (o.code() != null ? o.code() : o.title()) + ")").orElse("");
    }

    private static String describe(Blocker blocker) {
        return blocker.node() + (blocker.label() == null ? "" : " (" + blocker.label() + ")") + ": " + blocker.reason();
    }

    /**
     * In the second pass: the credentials matching the filters under this node that cannot be taken, and why (a
     * credential the rules name has a blocker of its own).
     */
    private String unreachableBeneath(Rule rule) {
        if (unreachable.isEmpty() || explaining) {
            return "";
        }
        var beneath = new LinkedHashSet<String>();
        collect(rule, beneath);
        if (beneath.isEmpty()) {
            return "";
        }
        var named = beneath.stream().limit(NAMED).map(this::whyUnreachable).toList();
        return "; " + beneath.size() + " credential(s) here cannot be taken: " + String.join("; ", named)
                + (beneath.size() > NAMED ? "; and " + (beneath.size() - NAMED) + " more" : "");
    }

    private void collect(Rule rule, Set<String> into) {
        rule.forEachLeaf(leaf -> {
            if (leaf instanceof Rule.FilterLeaf f) {
                unreachable.stream().filter(id -> catalog.offering(id).filter(o -> catalog.matches(f.filter(), o)).isPresent()).forEach(into::add);
            }
        });
    }

    private String unavailable(String credential) {
        var offering = catalog.offering(credential).orElse(null);
        if (offering == null) {
            return "the credential " + credential + " is not in the catalog";
        }
        var excluded = options.excludes(offering, enrolled);
        if (excluded != null) {
            return "the credential " + credential + " is excluded: " + excluded;
        }
        if (catalog.requirements(credential).isPresent()) {
            return "the credential " + credential + " is a larger credential, which plans do not take as a step";
        }
        return "the credential " + credential + " cannot be taken again (held, but no longer valid or below the grade)";
    }

    private void block(Rule rule, String reason) {
        blockers.add(new Blocker(target, rule.id(), rule.label(), reason));
    }
}
