package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Filter;
import org.credpath.catalog.snapshot.Holding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small catalog built by hand for the engine's tests. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final Map<String, Offering> offerings = new HashMap<>();
    final Map<String, Rule> requirements = new HashMap<>();
    final Map<String, Rule> prerequisites = new HashMap<>();
    final Map<String, List<CatalogSnapshot.Recognition>> recognitions = new HashMap<>();
    private int ids;

    Fixtures course(String id, String code, double ects) {
        return course(id, code, ects, 6, null);
    }

    Fixtures course(String id, String code, double ects, int eqf, Integer validityYears) {
        var subject = code.replaceAll("[^A-Z]", "");
        offerings.put(id, new Offering(id, "micro-credential", id, code, subject, "p", ects, eqf, 100 * ects, 2 * ects,
                "en", "online", "open", validityYears, Set.of()));
        return this;
    }

    /** A course that carries areas (distribution areas, tags). */
    Fixtures courseIn(String id, String code, double ects, String... areas) {
        course(id, code, ects);
        var o = offerings.get(id);
        offerings.put(id, new Offering(o.id(), o.kind(), o.title(), o.code(), o.subject(), o.provider(), o.country(), o.ects(),
                o.eqfLevel(), o.price(), o.durationWeeks(), o.language(), o.participation(), o.access(), o.validityYears(), o.skills(),
                o.seed(), Set.of(areas)));
        return this;
    }

    /** A filter on areas alone. */
    Rule inAreas(String... areas) {
        return new Rule.FilterLeaf(id(), "in " + String.join(", ", areas),
                new Filter(null, null, null, null, null, null, null).withAreas(List.of(areas)));
    }

    Fixtures target(String id, double ects, Rule rules) {
        offerings.put(id, new Offering(id, "certificate", id, null, null, "p", ects, 6, 0, 0, "en", "online", "open", null, Set.of()));
        requirements.put(id, rules);
        return this;
    }

    Fixtures recognise(String from, String to, Double credits) {
        recognitions.computeIfAbsent(from, k -> new ArrayList<>()).add(new CatalogSnapshot.Recognition(from, to, credits, false));
        return this;
    }

    /** One course under several codes (cross-listed): each member recognised as every other, for its own ECTS, as the snapshot loads sameAs. */
    Fixtures sameCourse(String... members) {
        for (var a : members) {
            for (var b : members) {
                if (!a.equals(b)) {
                    recognitions.computeIfAbsent(a, k -> new ArrayList<>()).add(new CatalogSnapshot.Recognition(a, b, null, true));
                }
            }
        }
        return this;
    }

    CatalogSnapshot snapshot() {
        return new CatalogSnapshot(offerings, requirements, prerequisites, recognitions);
    }

    String id() {
        return "n" + ids++;
    }

    Rule allOf(Rule... children) {
        return new Rule.Group(id(), null, Rule.Kind.ALL_OF, null, null, Rule.Limits.NONE, List.of(children));
    }

    Rule kOf(int k, Rule... children) {
        return new Rule.Group(id(), null, Rule.Kind.AT_LEAST_K_OF, k, null, Rule.Limits.NONE, List.of(children));
    }

    Rule credits(double credits, Rule... children) {
        return new Rule.Group(id(), null, Rule.Kind.AT_LEAST_CREDITS, null, credits, Rule.Limits.NONE, List.of(children));
    }

    Rule group(Rule.Kind kind, Integer k, Double credits, Rule.Limits limits, Rule... children) {
        return new Rule.Group(id(), null, kind, k, credits, limits, List.of(children));
    }

    /** A group that is gated (counts upward only once met) and says {@code doubleCount} (null: as the nearest above). */
    Rule group(Rule.Kind kind, Integer k, Double credits, boolean gated, Boolean doubleCount, Rule... children) {
        return new Rule.Group(id(), null, kind, k, credits, Rule.Limits.NONE.with(gated, doubleCount), List.of(children));
    }

    /** An ALL_OF group with a label and timing: complete by the end of term {@code byTerm}, before starting {@code before}. */
    Rule timed(String label, Integer byTerm, String before, Rule... children) {
        return timed(label, byTerm, before, Rule.Kind.ALL_OF, null, children);
    }

    Rule timed(String label, Integer byTerm, String before, Rule.Kind kind, Integer k, Rule... children) {
        return new Rule.Group(id(), label, kind, k, kind == Rule.Kind.AT_LEAST_CREDITS ? 1.0 * k : null,
                Rule.Limits.NONE.withTiming(Rule.Timing.of(byTerm, before)), List.of(children));
    }

    /**
     * A k-of-n or credit-sum group with distribution areas: from at least {@code minAreas} areas, at most
     * {@code maxPerArea} from one; the areas counted are {@code named} (null or empty: those its filters name).
     */
    Rule areas(Rule.Kind kind, Integer k, Double credits, int minAreas, Integer maxPerArea, Set<String> named, Rule... children) {
        return new Rule.Group(id(), "areas " + minAreas + "/" + maxPerArea, kind, k, credits,
                Rule.Limits.NONE.with(new Rule.Distribution(named, minAreas, maxPerArea)), List.of(children));
    }

    Rule cred(String id) {
        return new Rule.CredentialLeaf(id(), id, null);
    }

    Rule cred(String id, String minGrade) {
        return new Rule.CredentialLeaf(id(), id, minGrade);
    }

    Rule prefix(String codePrefix) {
        return new Rule.FilterLeaf(id(), codePrefix + "*", new Filter(codePrefix, null, null, null, null, null, null));
    }

    /** A code-prefix filter that names some credentials as exceptions. */
    Rule prefixExcept(String codePrefix, String... except) {
        return new Rule.FilterLeaf(id(), codePrefix + "* except " + String.join(", ", except),
                new Filter(codePrefix, null, null, null, null, null, null, Set.copyOf(List.of(except))));
    }

    static Holding held(String credential) {
        return new Holding(credential, TODAY.minusMonths(6), null, true);
    }

    static Holding held(String credential, LocalDate date, String grade) {
        return new Holding(credential, date, grade, true);
    }
}
