package org.credpath.stacking;

import org.credpath.catalog.snapshot.CostMetric;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credpath.catalog.model.Vocabulary;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.stacking.engine.PlanOptions;
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
@Tag(name = "Plans", description = "Optimal completion plans toward one or more larger credentials")
class PlanController {

    private final StackingService stacking;
    private final LearnerAccess access;

    PlanController(StackingService stacking, LearnerAccess access) {
        this.stacking = stacking;
        this.access = access;
    }

    /** A plan request; every field but {@code targets} is optional. */
    record PlanBody(String learner, List<String> targets, List<WhatIf> holdings, String metric, Set<String> languages,
                    Set<String> participation, Set<String> providers, Double maxPrice, Set<String> enrolledAt,
                    Double termCredits, Double timeLimitSeconds, LocalDate date, Set<String> waive) {
    }

    record WhatIf(String credential, LocalDate date, String grade) {
    }

    @PostMapping("/api/plans")
    @Operation(summary = "The minimum-cost set of further credentials that meets every target (one or several), with prerequisites, in terms",
            description = "Exact (CP-SAT). metric: ects (default), price or weeks; ties broken by the others. Shared credentials count toward "
                    + "several targets as far as their maxSharedCredits allow. 422 names the rule nodes no plan can meet.")
    CompletionPlan plan(@RequestBody PlanBody body) {
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
        return stacking.plan(request(body.learner(), holdings, body.targets(), body.metric(), body.languages(), body.participation(),
                body.providers(), body.maxPrice(), body.enrolledAt(), body.termCredits(), body.timeLimitSeconds(), body.date(), body.waive()));
    }

    @GetMapping("/api/learners/{id}/plan/{target}")
    @Operation(summary = "A learner's optimal plan toward one target")
    CompletionPlan learnerPlan(@PathVariable String id, @PathVariable String target,
                               @RequestParam(required = false) String metric,
                               @RequestParam(required = false) Set<String> language,
                               @RequestParam(required = false) Set<String> participation,
                               @RequestParam(required = false) Set<String> provider,
                               @RequestParam(required = false) Double maxPrice,
                               @RequestParam(required = false) Double termCredits,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                               @Parameter(description = "Ids of condition or unresolved rule nodes an adviser waives; '*' waives every one")
                               @RequestParam(required = false) Set<String> waive) {
        return stacking.plan(request(id, List.of(), List.of(target), metric, language, participation, provider, maxPrice, null,
                termCredits, null, date, waive));
    }

    private static StackingService.PlanRequest request(String learner, List<Holding> holdings, List<String> targets, String metric,
                                                       Set<String> languages, Set<String> participation, Set<String> providers,
                                                       Double maxPrice, Set<String> enrolledAt, Double termCredits,
                                                       Double timeLimitSeconds, LocalDate date, Set<String> waive) {
        if (participation != null) {
            participation.forEach(p -> {
                if (!Vocabulary.PARTICIPATION.contains(p)) {
                    throw new BadRequestException("participation", "'" + p + "' is not one of online, onsite, blended");
                }
            });
        }
        if (maxPrice != null && (maxPrice.isNaN() || maxPrice < 0)) {
            throw new BadRequestException("maxPrice", "must be 0 or more (was " + maxPrice + ")");
        }
        if (termCredits != null && (termCredits.isNaN() || termCredits <= 0 || termCredits > 120)) {
            throw new BadRequestException("termCredits", "must be more than 0 and at most 120 (was " + termCredits + ")");
        }
        if (timeLimitSeconds != null && (timeLimitSeconds.isNaN() || timeLimitSeconds <= 0 || timeLimitSeconds > 60)) {
            throw new BadRequestException("timeLimitSeconds", "must be more than 0 and at most 60 (was " + timeLimitSeconds + ")");
        }
        return new StackingService.PlanRequest(learner, holdings, targets, metric(metric), languages, participation, providers,
                maxPrice, enrolledAt, termCredits, timeLimitSeconds, date, waive);
    }

    private static CostMetric metric(String metric) {
        if (metric == null || metric.isBlank()) {
            return CostMetric.ECTS;
        }
        try {
            return CostMetric.valueOf(metric.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("metric", "'" + metric + "' is not one of ects, price, weeks");
        }
    }
}
