package org.credpath.stacking;

import java.util.List;

/**
 * "If I switch, what still counts": the same holdings audited against the current target and another one, side by
 * side, with the credentials that count in both ({@code stillCounts}), only toward the current one
 * ({@code countsOnlyInCurrent}: what a switch gives up) and only toward the other ({@code countsOnlyInAlternative}).
 */
public record AuditComparison(AdvisedAudit current, AdvisedAudit alternative, List<String> stillCounts,
                              List<String> countsOnlyInCurrent, List<String> countsOnlyInAlternative) {

    static AuditComparison of(AdvisedAudit current, AdvisedAudit alternative) {
        var now = counted(current);
        var there = counted(alternative);
        return new AuditComparison(current, alternative, now.stream().filter(there::contains).toList(),
                now.stream().filter(c -> !there.contains(c)).toList(), there.stream().filter(c -> !now.contains(c)).toList());
    }

    private static List<String> counted(AdvisedAudit audit) {
        return audit.audit().counted().stream().map(c -> c.credential()).distinct().sorted().toList();
    }
}
