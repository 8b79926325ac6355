package org.credpath.stacking;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.CatalogSnapshots;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SolveOptions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.database.GraphReader;
import org.credpath.stacking.engine.AuditResult;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.solver.SolverTimeoutException;
import org.credpath.stacking.engine.UnsatisfiableTargetException;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.stacking.engine.StackingAudit;
import org.credpath.security.LearnerAccess;
import org.credpath.web.BadRequestException;
import org.credpath.web.NotFoundException;
import org.springframework.stereotype.Service;

/** What a learner's holdings count for: audits against a larger credential, what-ifs, and stacking discovery. */
@Service
public class StackingService {

    /**
     * A larger credential a learner's holdings count toward, with what is left: the credits the audit
     * finds missing, and the cheapest completion (ECTS, then price, then weeks) an optimal plan finds (a plan cost is
     * null when no plan was made or some planned credential does not state it); {@code blocked} says why no plan is
     * shown: none can complete it, or the solver found none within its time limit.
     */
    public record StackingOption(String credential, String title, String kind, boolean met, double countedCredits,
                                 Double targetCredits, Double missingCredits, int holdingsCounted,
                                 Double planEcts, Double planPrice, Double planWeeks, String blocked) {
    }

    private final CatalogSnapshots snapshots;
    private final GraphReader graph;
    private final Clock clock;
    private final LearnerAccess access;
    private final SourceCreditUnits units;

    StackingService(CatalogSnapshots snapshots, GraphReader graph, Clock clock, LearnerAccess access) {
        this.snapshots = snapshots;
        this.graph = graph;
        this.clock = clock;
        this.access = access;
        this.units = new SourceCreditUnits(graph);
    }

    /** Waivers are the only part of a request whose right depends on more than the learner access level: checked here for every entry point. */
    public AuditResult audit(String learnerId, String target, LocalDate date, Set<String> waived) {
        access.requireWaiver(learnerId, waived, "waive");
        return audit(snapshots.current(), target, holdings(learnerId), date, waived);
    }

    public AuditResult whatIf(String learnerId, List<Holding> extra, String target, LocalDate date, Set<String> waived) {
        access.requireWaiver(learnerId, waived, "waive");
        var snapshot = snapshots.current();
        for (int i = 0; i < extra.size(); i++) {
            if (snapshot.offering(extra.get(i).credential()).isEmpty()) {
                throw new BadRequestException("holdings[" + i + "].credential", "unknown credential '" + extra.get(i).credential() + "'");
            }
        }
        var all = new ArrayList<Holding>(learnerId == null ? List.of() : holdings(learnerId));
        all.addAll(extra);
        return audit(snapshot, target, all, date, waived);
    }

    public List<StackingOption> discover(String learnerId, LocalDate date) {
        var snapshot = snapshots.current();
        var holdings = holdings(learnerId);
        var options = new ArrayList<StackingOption>();
        for (var target : snapshot.stackable()) {
            var result = new StackingAudit(snapshot, options(date, Set.of())).audit(target, holdings);
            if (result.met() || !result.counted().isEmpty()) {
                var offering = snapshot.offering(target).orElseThrow();
                CompletionPlan plan = null;
                String blocked = null;
                if (!result.met()) {
                    try {
                        plan = new CompletionPlanner(snapshot, PlanOptions.defaults(CostMetric.ECTS, reference(date)))
                                .plan(List.of(target), holdings);
                    } catch (UnsatisfiableTargetException | SolverTimeoutException e) {
                        blocked = e.getMessage(); // one target's answer: the others are still listed
                    }
                }
                Double none = result.met() ? Double.valueOf(0) : null;
                options.add(new StackingOption(target, offering.title(), offering.kind(), result.met(), result.countedCredits(),
                        result.targetCredits(), result.missingCredits(), result.counted().size(),
                        plan == null ? none : plan.totalEcts(), plan == null ? none : plan.totalPrice(),
                        plan == null ? none : plan.totalWeeks(), blocked));
            }
        }
        options.sort(Comparator.comparing((StackingOption o) -> !o.met())
                .thenComparing(o -> o.planEcts() == null ? Double.MAX_VALUE : o.planEcts())
                .thenComparing(o -> o.planPrice() == null ? Double.MAX_VALUE : o.planPrice())
                .thenComparing(o -> o.planWeeks() == null ? Double.MAX_VALUE : o.planWeeks())
                .thenComparing(StackingOption::title));
        return options;
    }

    private AuditResult audit(CatalogSnapshot snapshot, String target, List<Holding> holdings, LocalDate date, Set<String> waived) {
        if (snapshot.offering(target).isEmpty()) {
            throw new NotFoundException("credential", target);
        }
        if (snapshot.requirements(target).isEmpty()) {
            throw new BadRequestException("target", "credential '" + target + "' has no stacking rules: nothing stacks into it");
        }
        return units.audit(new StackingAudit(snapshot, options(date, waived)).audit(target, holdings));
    }

    private StackingAudit.Options options(LocalDate date, Set<String> waived) {
        return new StackingAudit.Options(reference(date), waived, StackingAudit.Options.SEARCH_NODES);
    }

    private LocalDate reference(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    /** What to plan: the learner's holdings (optional) plus hypothetical ones, toward one or more targets, with the request's filters and options. */
    public record PlanRequest(String learner, List<Holding> extraHoldings, List<String> targets, Selection selection, SolveOptions solve,
                              Set<String> enrolledAt, LocalDate date, Set<String> waive) {
    }

    public CompletionPlan plan(PlanRequest request) {
        access.requireWaiver(request.learner(), request.waive(), "waive");
        var snapshot = snapshots.current();
        for (int i = 0; i < request.targets().size(); i++) {
            var target = request.targets().get(i);
            if (snapshot.offering(target).isEmpty()) {
                throw new NotFoundException("credential", target);
            }
            if (snapshot.requirements(target).isEmpty()) {
                throw new BadRequestException("targets[" + i + "]", "credential '" + target + "' has no stacking rules: nothing stacks into it");
            }
        }
        var holdings = new ArrayList<Holding>(request.learner() == null ? List.of() : holdings(request.learner()));
        holdings.addAll(request.extraHoldings());
        var options = new PlanOptions(request.selection().checkAgainst(snapshot), request.solve(), request.enrolledAt(),
                reference(request.date()), request.waive());
        return units.plan(new CompletionPlanner(snapshot, options).plan(request.targets(), holdings));
    }

    record HoldingRow(String credential, LocalDate date, String grade, Boolean verified) {
    }

    private List<Holding> holdings(String learnerId) {
        var row = graph.one("stacking/learner-holdings", Map.of("id", learnerId))
                .orElseThrow(() -> new NotFoundException("learner", learnerId));
        return graph.list(row.get("holdings"), HoldingRow.class).stream()
                .map(h -> new Holding(h.credential(), h.date(), h.grade(), Boolean.TRUE.equals(h.verified()))).toList();
    }
}
