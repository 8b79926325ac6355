package org.credpath.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.RuleSpec;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Filter;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;

/** Builds the algorithms' snapshot straight from a parsed catalog (no database), for benchmarks. */
public final class CatalogSnapshotOf {

    private CatalogSnapshotOf() {
    }

    public static CatalogSnapshot of(Catalog catalog) {
        var offerings = new HashMap<String, Offering>();
        var requirements = new HashMap<String, Rule>();
        var prerequisites = new HashMap<String, Rule>();
        var recognitions = new HashMap<String, List<CatalogSnapshot.Recognition>>();
        var countries = new HashMap<String, String>();
        catalog.providers().forEach(p -> countries.put(p.id(), p.country()));
        for (var c : catalog.credentials()) {
            offerings.put(c.id(), offering(c, countries.get(c.provider())));
            if (c.requirements() != null) {
                requirements.put(c.id(), rule(c.id() + "/requirements", root(c.requirements())));
            }
            if (c.prerequisites() != null) {
                prerequisites.put(c.id(), rule(c.id() + "/prerequisites", root(c.prerequisites())));
            }
            c.recognisedAs().forEach(r -> recognitions.computeIfAbsent(c.id(), k -> new ArrayList<>())
                    .add(new CatalogSnapshot.Recognition(c.id(), r.credential(), r.credits(), false)));
        }
        sameCourses(catalog, recognitions);
        return new CatalogSnapshot(offerings, requirements, prerequisites, recognitions);
    }

    /** As the database loader reads SAME_AS: each group (both ways, transitively) as recognitions between every two members. */
    private static void sameCourses(Catalog catalog, Map<String, List<CatalogSnapshot.Recognition>> recognitions) {
        var groups = new HashMap<String, java.util.Set<String>>();
        for (var c : catalog.credentials()) {
            for (var other : c.sameAs()) {
                var a = groups.computeIfAbsent(c.id(), k -> new java.util.TreeSet<>(List.of(k)));
                var b = groups.computeIfAbsent(other, k -> new java.util.TreeSet<>(List.of(k)));
                if (a != b) {
                    a.addAll(b);
                    b.forEach(id -> groups.put(id, a));
                }
            }
        }
        groups.forEach((id, group) -> group.stream().filter(o -> !o.equals(id)).forEach(o ->
                recognitions.computeIfAbsent(id, k -> new ArrayList<>()).add(new CatalogSnapshot.Recognition(id, o, null, true))));
    }

    /** As the database loader makes it: the provider's country, unknown ECTS, price and weeks left null. */
    private static Offering offering(CredentialSpec c, String country) {
        var skills = new HashSet<String>();
        c.outcomes().forEach(o -> skills.addAll(o.skills()));
        return new Offering(c.id(), c.kind().value(), c.title(), c.code(), c.subject(), c.provider(), country, c.ects(), c.eqfLevel(),
                c.price(), c.durationWeeks(), c.language(), c.participation(), c.access(), c.validityYears(), skills);
    }

    private static RuleSpec root(RuleSpec rule) {
        return rule instanceof RuleSpec.CredentialLeaf
                ? new RuleSpec.Group(org.credpath.catalog.model.RuleKind.ALL_OF, null, null, null, null, null, null, null, null, List.of(rule))
                : rule;
    }

    private static Rule rule(String id, RuleSpec spec) {
        if (spec instanceof RuleSpec.Group g) {
            var children = new ArrayList<Rule>();
            for (int i = 0; i < g.children().size(); i++) {
                var child = g.children().get(i);
                children.add(child instanceof RuleSpec.CredentialLeaf leaf
                        ? new Rule.CredentialLeaf(id + "#" + i, leaf.credential(), leaf.minGrade())
                        : rule(id + "/" + i, child));
            }
            return new Rule.Group(id, g.label(), Rule.Kind.valueOf(g.kind().name()), g.k(), g.credits(),
                    new Rule.Limits(g.maxCountedCredits(), g.maxCountedItems(), g.maxSharedCredits(), g.validityYears(), g.minGrade())
                            .with(Boolean.TRUE.equals(g.gated()), g.doubleCount()),
                    children);
        }
        if (spec instanceof RuleSpec.FilterLeaf f) {
            return new Rule.FilterLeaf(id, f.label(), Filter.of(f.codePrefix(), f.subject(), f.skill(), f.minEqfLevel(),
                    f.providers(), f.kinds(), f.minCredits(), f.except()).withAreas(f.areas()));
        }
        if (spec instanceof RuleSpec.ConditionLeaf c) {
            return new Rule.ConditionLeaf(id, c.text());
        }
        return new Rule.UnresolvedLeaf(id, ((RuleSpec.UnresolvedLeaf) spec).reference());
    }

    /** The learner's holdings as the engine sees them. */
    public static Map<String, List<org.credpath.catalog.snapshot.Holding>> holdings(Catalog catalog) {
        var result = new HashMap<String, List<org.credpath.catalog.snapshot.Holding>>();
        catalog.learners().forEach(l -> result.put(l.id(), l.earned().stream()
                .map(h -> new org.credpath.catalog.snapshot.Holding(h.credential(), h.date(), h.grade(), h.verified())).toList()));
        return result;
    }
}
