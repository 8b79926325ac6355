package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.RuleSpec;

/** A generated catalog and how it is loaded: reference data and credentials first, then learners in batches. */
public record GeneratedCatalog(ScaleSpec spec, Catalog catalog) {

    /** Providers, local skills and occupations (if any) and every credential: one load. */
    public Catalog credentialsPart() {
        return new Catalog(catalog.providers(), catalog.skills(), catalog.occupations(), catalog.credentials(), List.of());
    }

    /**
     * Providers and every credential in loads of at most {@code size} credentials, each valid against what the loads
     * before it wrote: credentials in the order of their rule references (a credential after every credential its
     * prerequisites and stacking rules name), first without their recognition (which may point anywhere, both ways), then
     * the credentials with recognition again, whole. What is stored at the end is what one load would have written
     * (the writer replaces a credential whole; only the catalog version counts more loads). One load when they fit.
     */
    public List<Catalog> credentialParts(int size) {
        var credentials = catalog.credentials();
        if (credentials.size() <= size) {
            return List.of(credentialsPart());
        }
        var parts = new ArrayList<Catalog>();
        var ordered = inRuleOrder(credentials);
        for (int from = 0; from < ordered.size(); from += size) {
            var chunk = ordered.subList(from, Math.min(ordered.size(), from + size)).stream().map(GeneratedCatalog::withoutRecognition).toList();
            parts.add(from == 0 ? new Catalog(catalog.providers(), catalog.skills(), catalog.occupations(), chunk, List.of()) : credentials(chunk));
        }
        var recognising = credentials.stream().filter(c -> !c.recognisedAs().isEmpty()).toList();
        for (int from = 0; from < recognising.size(); from += size) {
            parts.add(credentials(recognising.subList(from, Math.min(recognising.size(), from + size))));
        }
        return parts;
    }

    private static Catalog credentials(List<CredentialSpec> credentials) {
        return new Catalog(List.of(), List.of(), List.of(), credentials, List.of());
    }

    /** Depth-first, each credential after those its rules name (rule references are acyclic: the validator refuses cycles). */
    static List<CredentialSpec> inRuleOrder(List<CredentialSpec> credentials) {
        var byId = new HashMap<String, CredentialSpec>();
        credentials.forEach(c -> byId.put(c.id(), c));
        var ordered = new LinkedHashSet<CredentialSpec>();
        credentials.forEach(c -> visit(c, byId, ordered));
        return List.copyOf(ordered);
    }

    private static void visit(CredentialSpec c, Map<String, CredentialSpec> byId, LinkedHashSet<CredentialSpec> ordered) {
        if (ordered.contains(c)) {
            return;
        }
        var named = new ArrayList<String>(c.precedes());
        names(c.prerequisites(), named);
        names(c.requirements(), named);
        for (var id : named) {
            var other = byId.get(id);
            if (other != null) {
                visit(other, byId, ordered);
            }
        }
        ordered.add(c);
    }

    private static void names(RuleSpec rule, List<String> into) {
        if (rule instanceof RuleSpec.CredentialLeaf leaf) {
            into.add(leaf.credential());
        } else if (rule instanceof RuleSpec.FilterLeaf filter) {
            into.addAll(filter.except());
        } else if (rule instanceof RuleSpec.Group group) {
            group.children().forEach(child -> names(child, into));
        }
    }

    private static CredentialSpec withoutRecognition(CredentialSpec c) {
        return c.recognisedAs().isEmpty() ? c : new CredentialSpec(c.id(), c.kind(), c.title(), c.provider(), c.description(), c.code(),
                c.subject(), c.ects(), c.creditHours(), c.eqfLevel(), c.assessment(), c.participation(), c.qualityAssurance(), c.language(),
                c.durationWeeks(), c.price(), c.currency(), c.access(), c.validityYears(), c.url(), c.outcomes(), c.prerequisites(),
                c.requirements(), List.of(), c.precedes(), c.sourceCredits(), c.sourceCreditUnit(), c.areas(), c.catalogYear());
    }

    /** The learners, {@code size} per load. */
    public List<Catalog> learnerBatches(int size) {
        var batches = new ArrayList<Catalog>();
        var learners = catalog.learners();
        for (int from = 0; from < learners.size(); from += size) {
            batches.add(new Catalog(List.of(), List.of(), List.of(), List.of(), learners.subList(from, Math.min(learners.size(), from + size))));
        }
        return batches;
    }
}
