package org.credpath.request;

import java.util.Locale;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.InvalidRequestException;
import org.credpath.catalog.snapshot.SolveOptions;

import io.swagger.v3.oas.annotations.media.Schema;

/** The cost and limits of a request, bound once from query parameters and JSON bodies; defaults and checks are {@link SolveOptions}'. */
public record SolveParams(
        @Schema(description = "Cost to minimise: ects (default), price or weeks; an unknown cost ranks after every known one")
        String metric,
        @Schema(description = "ECTS per term when the answer is ordered into terms (default 30, at most 120)") Double termCredits,
        @Schema(description = "Solver time limit in seconds (default 10, at most 60)") Double timeLimitSeconds) {

    public static final SolveParams NONE = new SolveParams(null, null, null);

    public SolveOptions options() {
        return new SolveOptions(metric(metric), termCredits == null ? SolveOptions.DEFAULT_TERM_CREDITS : termCredits,
                SolveOptions.timeLimit(timeLimitSeconds));
    }

    public static CostMetric metric(String metric) {
        if (metric == null || metric.isBlank()) {
            return CostMetric.ECTS;
        }
        try {
            return CostMetric.valueOf(metric.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("metric", "'" + metric + "' is not one of ects, price, weeks");
        }
    }
}
