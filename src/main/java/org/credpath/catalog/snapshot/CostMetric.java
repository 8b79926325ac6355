package org.credpath.catalog.snapshot;

/** What a plan, a route or a bundle costs: ECTS workload, price, or duration in weeks; ties are broken by the other two. */
public enum CostMetric {
    ECTS, PRICE, WEEKS;

    /** The offering's cost under this metric. */
    public double cost(Offering o) {
        return switch (this) {
            case ECTS -> o.ects();
            case PRICE -> o.price();
            case WEEKS -> o.durationWeeks();
        };
    }
}
