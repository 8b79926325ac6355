package org.credpath.stacking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.snapshot.Holding;
import org.credpath.request.SelectionParams;
import org.credpath.request.SolveParams;
import org.credpath.security.Access;
import org.credpath.security.LearnerAccess;
import org.credpath.web.BadRequestException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Plans", description = "Optimal completion plans toward one or more larger credentials")
class PlanController {

    private final StackingService stacking;
    private final LearnerAccess access;

    PlanController(StackingService stacking, LearnerAccess access) {
        this.stacking = stacking;
        this.access = access;
    }

    /** A plan request; every field but {@code targets} is optional; the filters and options are top-level fields. */
    record PlanBody(String learner, List<String> targets, List<WhatIf> holdings, Set<String> enrolledAt, LocalDate date,
                    Set<String> waive, List<JointAudits.CapRequest> caps, @JsonUnwrapped SelectionParams filters,
                    @JsonUnwrapped SolveParams solve) {
    }

    record WhatIf(String credential, LocalDate date, String grade) {
    }

    @PostMapping("/api/plans")
    @Operation(summary = "The minimum-cost set of further credentials that meets every target (one or several), with prerequisites, in terms",
            description = "Exact (CP-SAT). metric: ects (default), price or weeks; ties broken by the others. Shared credentials count toward "
                    + "several targets only as far as the overlap caps allow, the same as POST /api/learners/{id}/audit/joint: the "
                    + "request's caps, else the targets' maxSharedWith, else (for maxSharedCredits) within those credits, else none. An unknown cost is never preferred (costed above the catalog's "
                    + "largest known one) and totals say how many are unknown. 422 names the rule nodes no plan can meet.")
    AdvisedPlan plan(@RequestBody PlanBody body) {
        if (body.targets() == null || body.targets().isEmpty()) {
            throw new BadRequestException("targets", "name at least one target credential");
        }
        if (body.learner() != null) {
            access.require(body.learner(), Access.PLAN);
        }
        var holdings = body.holdings() == null ? List.<Holding>of() : body.holdings().stream()
                .map(h -> new Holding(h.credential(), h.date(), h.grade(), false)).toList();
        for (int i = 0; i < holdings.size(); i++) {
            if (holdings.get(i).credential() == null) {
                throw new BadRequestException("holdings[" + i + "].credential", "is required");
            }
        }
        var filters = body.filters() == null ? SelectionParams.NONE : body.filters();
        var solve = body.solve() == null ? SolveParams.NONE : body.solve();
        return stacking.plan(new StackingService.PlanRequest(body.learner(), holdings, body.targets(), filters.selection(), solve.options(),
                body.enrolledAt(), body.date(), body.waive(), JointAudits.requested(body.caps(), body.targets())));
    }

    @GetMapping("/api/learners/{id}/plan/{target}")
    @Operation(summary = "A learner's optimal plan toward one target")
    AdvisedPlan learnerPlan(@PathVariable String id, @PathVariable String target,
                               @ParameterObject @ModelAttribute SelectionParams filters, @ParameterObject @ModelAttribute SolveParams solve,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                               @Parameter(description = "Ids of condition or unresolved rule nodes an adviser waives; '*' waives every one")
                               @RequestParam(required = false) Set<String> waive) {
        return stacking.plan(new StackingService.PlanRequest(id, List.of(), List.of(target), filters.selection(), solve.options(), null,
                date, waive, List.of()));
    }
}
