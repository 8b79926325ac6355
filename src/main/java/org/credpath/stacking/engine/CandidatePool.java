package org.credpath.stacking.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The credentials a plan may choose from: not held, allowed by the options, not themselves larger
 * credentials, and matching a leaf of a target's rules or, transitively, of a chosen one's prerequisites.
 */
final class CandidatePool {

    private final CatalogSnapshot catalog;
    private final PlanOptions options;
    private final Map<String, Rule> targets;
    private final Set<String> held;
    private final Set<String> enrolled;
    private final Map<String, List<Offering>> recognisedAs = new HashMap<>();

    CandidatePool(CatalogSnapshot catalog, PlanOptions options, Map<String, Rule> targets, Set<String> held, Set<String> enrolled) {
        this.catalog = catalog;
        this.options = options;
        this.targets = targets;
        this.held = held;
        this.enrolled = enrolled;
        for (var offering : catalog.offerings().values()) {
            for (var r : catalog.recognitionsFrom(offering.id())) {
                recognisedAs.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(offering);
            }
        }
    }

    /** Whether the plan may take this credential at all. */
    boolean allowed(Offering o) {
        return !held.contains(o.id()) && !targets.containsKey(o.id()) && catalog.requirements(o.id()).isEmpty()
                && options.excludes(o, enrolled) == null;
    }

    List<Offering> collect() {
        var found = new LinkedHashMap<String, Offering>();
        var rules = new ArrayDeque<Rule>(targets.values());
        var filters = new ArrayList<Rule.FilterLeaf>();
        while (!rules.isEmpty()) {
            var added = new ArrayList<Offering>();
            leaves(rules.pop(), leaf -> {
                if (leaf instanceof Rule.CredentialLeaf c) {
                    catalog.offering(c.credential()).ifPresent(added::add);
                    added.addAll(recognisedAs.getOrDefault(c.credential(), List.of()));
                } else if (leaf instanceof Rule.FilterLeaf f) {
                    filters.add(f);
                    catalog.offerings().values().stream().filter(o -> f.filter().matches(o)).forEach(added::add);
                }
            });
            for (var offering : added) {
                if (allowed(offering) && found.putIfAbsent(offering.id(), offering) == null) {
                    catalog.prerequisites(offering.id()).ifPresent(rules::add);
                }
            }
        }
        return List.copyOf(found.values());
    }

    static void leaves(Rule rule, java.util.function.Consumer<Rule> visit) {
        if (rule instanceof Rule.Group g) {
            g.children().forEach(child -> leaves(child, visit));
        } else {
            visit.accept(rule);
        }
    }
}
