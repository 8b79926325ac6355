package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.stacking.engine.UnsatisfiableTargetException.Blocker;

/**
 * Explains an infeasible plan: with every credential the options allow (and every holding) at once,
 * ignoring prerequisites, which rule nodes still cannot be met and why. If every target could be met
 * that way, the prerequisites of what it needs are what block it.
 */
final class Diagnosis {

    private record Reach(boolean meetable, double credits, int items) {
    }

    private final CatalogSnapshot catalog;
    private final PlanOptions options;
    private final Map<String, Rule> targets;
    private final Set<String> enrolled;
    private final Set<String> available = new HashSet<>();
    private final List<Blocker> blockers = new ArrayList<>();
    private String target;

    Diagnosis(CatalogSnapshot catalog, PlanOptions options, Map<String, Rule> targets, List<Holding> holdings,
              Set<String> candidates, Set<String> enrolled) {
        this.catalog = catalog;
        this.enrolled = enrolled;
        this.options = options;
        this.targets = targets;
        holdings.forEach(h -> available.add(h.credential()));
        available.addAll(candidates);
    }

    List<Blocker> blockers() {
        for (var entry : targets.entrySet()) {
            target = entry.getKey();
            reach(entry.getValue());
        }
        if (blockers.isEmpty()) {
            targets.forEach((id, rule) -> blockers.add(new Blocker(id, rule.id(), rule.label(),
                    "every way to meet it needs a credential whose prerequisites cannot be met with the credentials the options allow")));
        }
        return blockers;
    }

    private Reach reach(Rule rule) {
        if (rule instanceof Rule.Group g) {
            var children = g.children().stream().map(this::reach).toList();
            double credits = children.stream().mapToDouble(Reach::credits).sum();
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
                        block(g, "needs " + g.k() + " items but at most " + items + " can be met with the credentials the options allow");
                    }
                    return new Reach(items >= g.k(), credits, 1);
                default:
                    if (credits + 1e-9 < g.credits()) {
                        block(g, "needs " + g.credits() + " credits but at most " + credits + " can be counted with the credentials the options allow");
                    }
                    return new Reach(credits + 1e-9 >= g.credits(), Math.min(credits, g.credits()), 1);
            }
        }
        if (rule instanceof Rule.CredentialLeaf c) {
            boolean direct = available.contains(c.credential());
            boolean recognised = available.stream().anyMatch(a -> catalog.recognitionsFrom(a).stream().anyMatch(r -> r.to().equals(c.credential())));
            if (direct || recognised) {
                return new Reach(true, catalog.offering(c.credential()).map(Offering::credits).orElse(0.0), 1);
            }
            block(rule, unavailable(c.credential()));
            return new Reach(false, 0, 0);
        }
        if (rule instanceof Rule.FilterLeaf f) {
            var matching = available.stream().map(catalog::offering).flatMap(java.util.Optional::stream).filter(o -> catalog.matches(f.filter(), o)).toList();
            if (matching.isEmpty()) {
                block(rule, "no credential the options allow matches this filter");
            }
            return new Reach(!matching.isEmpty(), matching.stream().mapToDouble(Offering::credits).sum(), matching.size());
        }
        if (Waivers.covers(options.waivedConditions(), rule)) {
            return new Reach(true, 0, 1);
        }
        block(rule, rule instanceof Rule.ConditionLeaf ? "a condition only an adviser can waive" : "an unresolved reference in the source data");
        return new Reach(false, 0, 0);
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
