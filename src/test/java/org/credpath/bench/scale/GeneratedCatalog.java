package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.Catalog;

/** A generated catalog and how it is loaded: reference data and credentials first, then learners in batches. */
public record GeneratedCatalog(ScaleSpec spec, Catalog catalog) {

    /** Providers, local skills and occupations (if any) and every credential: one load. */
    public Catalog credentialsPart() {
        return new Catalog(catalog.providers(), catalog.skills(), catalog.occupations(), catalog.credentials(), List.of());
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
