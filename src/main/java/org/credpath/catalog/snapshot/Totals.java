package org.credpath.catalog.snapshot;

import java.util.Collection;

/**
 * The ECTS, price and weeks of a set of credentials, each null when some credential does not state it: a partial
 * sum is not a total. {@code unknownEcts}, {@code unknownPrice} and {@code unknownWeeks} count those credentials.
 */
public record Totals(Double ects, Double price, Double weeks, int unknownEcts, int unknownPrice, int unknownWeeks) {

    public static Totals of(Collection<Offering> offerings) {
        return new Totals(sum(offerings, CostMetric.ECTS), sum(offerings, CostMetric.PRICE), sum(offerings, CostMetric.WEEKS),
                unknown(offerings, CostMetric.ECTS), unknown(offerings, CostMetric.PRICE), unknown(offerings, CostMetric.WEEKS));
    }

    private static Double sum(Collection<Offering> offerings, CostMetric metric) {
        if (unknown(offerings, metric) > 0) {
            return null;
        }
        return Math.round(offerings.stream().mapToDouble(o -> metric.known(o)).sum() * 1000) / 1000.0;
    }

    private static int unknown(Collection<Offering> offerings, CostMetric metric) {
        return (int) offerings.stream().filter(o -> metric.known(o) == null).count();
    }
}
