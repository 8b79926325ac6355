package org.credpath.stacking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.snapshot.Holding;
import org.credpath.security.Access;
import org.credpath.security.LearnerAccess;
import org.credpath.web.BadRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Stacking", description = "What holdings count for: audits, what-ifs and the larger credentials they stack into")
class StackingController {

    private final StackingService stacking;
    private final JointAudits joint;
    private final LearnerAccess access;

    StackingController(StackingService stacking, JointAudits joint, LearnerAccess access) {
        this.stacking = stacking;
        this.joint = joint;
        this.access = access;
    }

    @GetMapping("/api/learners/{id}/audit/{target}")
    @Operation(summary = "Audit a learner's holdings against a larger credential",
            description = "The optimal assignment of holdings to the target's rules (exact search, each holding counted once): "
                    + "the rule tree with status, what counted where, credits counted and missing, and why other holdings did not count.")
    AdvisedAudit audit(@PathVariable String id, @PathVariable String target,
                      @Parameter(description = "Reference date for validity (default today)") @RequestParam(required = false)
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      @Parameter(description = "Ids of condition or unresolved rule nodes an adviser waives; '*' waives every one") @RequestParam(required = false) Set<String> waive) {
        return stacking.audit(id, target, date, waive);
    }

    @GetMapping("/api/learners/{id}/audit/{target}/compare")
    @Operation(summary = "What-if: the learner's audit against the target and, side by side, against another credential (\"if I switch major, what still counts\")",
            description = "Both audits as GET .../audit/{target} answers them (the learner's exceptions applied), and which credentials count "
                    + "in both, only in the current target, only in the other.")
    AuditComparison compare(@PathVariable String id, @PathVariable String target,
                            @Parameter(description = "The credential to compare with (another programme)") @RequestParam(name = "with", required = false) String other,
                            @Parameter(description = "Reference date for validity (default today)") @RequestParam(required = false)
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return stacking.compare(id, target, other, date);
    }

    @PostMapping("/api/learners/{id}/audit/joint")
    @Operation(summary = "Audit a learner's holdings against several targets together (a major, a minor, a certificate)",
            description = "Each holding counts toward one target only, except as far as the overlap caps allow: per pair of targets, "
                    + "the request's cap, else the smaller maxSharedWith either target's rules state, else none shared (a target "
                    + "stating only maxSharedCredits allows sharing within those credits). Optimal over all targets: most targets "
                    + "met, then most credits counted in all, then fewest holdings shared. Each target's audit as GET "
                    + ".../audit/{target} answers it; a holding kept from a target for another is COUNTED_IN_ANOTHER_TARGET.")
    JointAudits.JointAuditAnswer jointAudit(@PathVariable String id, @RequestBody JointAudits.JointAuditRequest request) {
        return joint.audit(id, request);
    }

    /** A hypothetical stack: the learner's holdings (optional) plus the listed ones. */
    record WhatIfRequest(String target, String learner, List<WhatIfHolding> holdings, LocalDate date, Set<String> waive) {
    }

    record WhatIfHolding(String credential, LocalDate date, String grade) {
    }

    @PostMapping("/api/audit/what-if")
    @Operation(summary = "Audit a hypothetical set of holdings (optionally on top of a learner's) against a target")
    AdvisedAudit whatIf(@RequestBody WhatIfRequest request) {
        if (request.target() == null || request.target().isBlank()) {
            throw new BadRequestException("target", "is required");
        }
        if (request.learner() != null) {
            access.require(request.learner(), Access.VIEW);
        }
        var holdings = request.holdings() == null ? List.<Holding>of() : request.holdings().stream()
                .map(h -> new Holding(h.credential(), h.date() == null ? request.date() : h.date(), h.grade(), false)).toList();
        for (int i = 0; i < holdings.size(); i++) {
            if (holdings.get(i).credential() == null) {
                throw new BadRequestException("holdings[" + i + "].credential", "is required");
            }
        }
        return stacking.whatIf(request.learner(), holdings, request.target(), request.date(), request.waive());
    }

    @GetMapping("/api/learners/{id}/stacking")
    @Operation(summary = "Every larger credential the learner's holdings count toward, ranked by what is left (met first, then missing credits)")
    List<StackingService.StackingOption> discover(@PathVariable String id,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                                  @Parameter(description = "true: the programmes the learner recorded starting are audited together, "
                                                          + "each holding toward one of them within the overlap caps (as POST .../audit/joint); "
                                                          + "default false: each credential on its own")
                                                  @RequestParam(defaultValue = "false") boolean joint) {
        return stacking.discover(id, date, joint);
    }
}
