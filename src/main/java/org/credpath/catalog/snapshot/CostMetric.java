package org.credpath.catalog.snapshot;

/**
 * What a plan, a route or a bundle costs: ECTS workload, price, or duration in weeks; ties are broken by the other two.
 * A cost the catalog does not state is unknown ({@link #known} null), never 0: answers rank it last and do not add it to
 * totals, and optimisers cost it pessimistically ({@link CatalogSnapshot#cost}).
 */
public enum CostMetric {
    ECTS, PRICE, WEEKS;

    /** The offering's cost under this metric, or null when the catalog does not state it. */
    public Double known(Offering o) {
        return switch (this) {
            case ECTS -> o.ects();
            case PRICE -> o.price();
            case WEEKS -> o.durationWeeks();
        };
    }
}
