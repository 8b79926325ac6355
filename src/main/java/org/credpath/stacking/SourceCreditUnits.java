package org.credpath.stacking;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.credpath.database.GraphReader;
import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.stacking.engine.SourceCredits;

/**
 * Restates audits and plans in the credit unit of the target's source (a US degree in semester credit hours), from
 * the credit values the catalog keeps beside the ECTS ({@code creditHours}, or {@code sourceCredits} with
 * {@code sourceCreditUnit}). The engine counts in ECTS so that credentials of several systems add up.
 */
final class SourceCreditUnits {

    static final String CREDIT_HOURS = "US semester credit hours";

    private record Stated(String unit, double credits, double ects) {
        double perEcts() {
            return credits / ects;
        }
    }

    private final GraphReader graph;

    SourceCreditUnits(GraphReader graph) {
        this.graph = graph;
    }

    AuditResult audit(AuditResult audit) {
        var target = stated(List.of(audit.target())).get(audit.target());
        if (target == null) {
            return audit;
        }
        double per = target.perEcts();
        return audit.withSourceCredits(new SourceCredits(target.unit(), round(per), round(audit.countedCredits() * per), round(target.credits()),
                audit.missingCredits() == null ? null : round(audit.missingCredits() * per), Map.of()));
    }

    /** Restated when every target states its credits in one and the same unit and every planned credential's credits are known. */
    CompletionPlan plan(CompletionPlan plan) {
        var ids = Stream.concat(plan.targets().stream(), plan.credentials().stream().map(CompletionPlan.Planned::id)).distinct().toList();
        var stated = stated(ids);
        var targets = plan.targets().stream().map(stated::get).toList();
        if (targets.contains(null) || targets.stream().map(Stated::unit).distinct().count() != 1) {
            return plan;
        }
        var unit = targets.get(0).unit();
        double per = targets.get(0).perEcts();
        var credentials = new LinkedHashMap<String, Double>();
        for (var planned : plan.credentials()) {
            var own = stated.get(planned.id());
            if (own == null && planned.ects() == null) {
                return plan; // its credits are unknown in any unit: a partial sum is not a total (unknownEcts says so)
            }
            credentials.put(planned.id(), round(own != null && own.unit().equals(unit) ? own.credits() : planned.ects() * per));
        }
        double total = credentials.values().stream().mapToDouble(Double::doubleValue).sum();
        return plan.withSourceCredits(new SourceCredits(unit, round(per), round(total), null, null, credentials));
    }

    private Map<String, Stated> stated(List<String> ids) {
        var stated = new HashMap<String, Stated>();
        for (var row : graph.all("stacking/source-credits", Map.of("ids", ids))) {
            var ects = number(row.get("ects"));
            var hours = number(row.get("creditHours"));
            var credits = number(row.get("sourceCredits"));
            if (ects == null || ects <= 0) {
                continue;
            }
            if (hours != null && hours > 0) {
                stated.put((String) row.get("id"), new Stated(CREDIT_HOURS, hours, ects));
            } else if (credits != null && credits > 0 && row.get("unit") instanceof String unit && !unit.isBlank()) {
                stated.put((String) row.get("id"), new Stated(unit, credits, ects));
            }
        }
        return stated;
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
