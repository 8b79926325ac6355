package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Totals;
import org.credpath.solver.Lexicographic;
import org.credpath.stacking.engine.CompletionPlan.Planned;
import org.credpath.stacking.engine.TreeEncoder.Source;
import org.credpath.stacking.engine.TreeEncoder.Use;

/** Reads a solved plan model into the answer: what counts toward which target, what unlocks what, and the terms. */
final class PlanAnswer {

    private final CatalogSnapshot catalog;
    private final PlanOptions options;
    private final Lexicographic.Outcome outcome;

    PlanAnswer(CatalogSnapshot catalog, PlanOptions options, Lexicographic.Outcome outcome) {
        this.catalog = catalog;
        this.options = options;
        this.outcome = outcome;
    }

    CompletionPlan plan(List<String> targets, List<Source> picked, Map<String, List<Use>> targetUses,
                        Map<String, List<Use>> prerequisiteUses, List<CompletionPlan.Term> placed, long millis) {
        var pickedIds = new LinkedHashSet<String>();
        picked.forEach(s -> pickedIds.add(s.offering().id()));
        var counts = new HashMap<String, List<String>>();
        targetUses.forEach((target, uses) -> uses.stream().filter(u -> outcome.isTrue(u.var()))
                .map(u -> counts.computeIfAbsent(u.source().offering().id(), k -> new ArrayList<>()))
                .filter(list -> !list.contains(target)) // counted twice within a target (double counting): named once
                .forEach(list -> list.add(target)));
        var countsAs = new HashMap<String, Set<String>>(); // a code of a cross-listed course, counted as the code a leaf names
        targetUses.values().forEach(uses -> uses.stream().filter(u -> outcome.isTrue(u.var()) && NamedCodes.asAnotherCode(catalog, u))
                .forEach(u -> countsAs.computeIfAbsent(u.source().offering().id(), k -> new java.util.TreeSet<>()).add(u.via())));
        var needs = new HashMap<String, Set<String>>();
        var unlocks = new HashMap<String, List<String>>();
        prerequisiteUses.forEach((credential, uses) -> {
            if (!pickedIds.contains(credential)) {
                return;
            }
            uses.stream().filter(u -> outcome.isTrue(u.var()) && u.source().chosen() != null).forEach(u -> {
                needs.computeIfAbsent(credential, k -> new HashSet<>()).add(u.source().offering().id());
                unlocks.computeIfAbsent(u.source().offering().id(), k -> new ArrayList<>()).add(credential);
            });
        });
        var terms = placed != null ? placed // placed by the model itself (rule timing)
                : new TermScheduler(options.termCredits()).schedule(picked.stream().map(Source::offering).toList(), needs);
        var termOf = new HashMap<String, Integer>();
        terms.forEach(t -> t.credentials().forEach(c -> termOf.put(c, t.number())));
        var planned = picked.stream().map(Source::offering)
                .sorted(Comparator.comparing((Offering o) -> termOf.get(o.id())).thenComparing(Offering::id))
                .map(o -> new Planned(o.id(), o.title(), o.ects(), o.price(), o.durationWeeks(), o.provider(), termOf.get(o.id()),
                        counts.getOrDefault(o.id(), List.of()), unlocks.getOrDefault(o.id(), List.of()),
                        List.copyOf(countsAs.getOrDefault(o.id(), Set.of()))))
                .toList();
        return new CompletionPlan(targets, options.metric(), outcome.status().name(), outcome.gap(),
                Totals.of(picked.stream().map(Source::offering).toList()), planned, terms,
                "CP-SAT (OR-Tools), exact; lexicographic " + options.metric() + " then the other costs", millis);
    }
}
