package org.credpath.stacking;

import org.credpath.advising.AdvisedCatalog;
import org.credpath.advising.LearnerExceptions;
import org.credpath.advising.LearnerProgrammes;
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
import org.credpath.stacking.engine.OverlapCaps;
import org.credpath.stacking.engine.JointAudit;
import org.credpath.stacking.engine.NotCountedReason;
import org.credpath.security.LearnerAccess;
import org.credpath.web.BadRequestException;
import org.credpath.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.credpath.stacking.engine.TermCalendar;

/** What a learner's holdings count for: audits against a larger credential, what-ifs, and stacking discovery. */
@Service
public class StackingService {

    /**
     * A larger credential a learner's holdings count toward, with what is left: the credits the audit
     * finds missing, and the cheapest completion (ECTS, then price, then weeks) an optimal plan finds (a plan cost is
     * null when no plan was made or some planned credential does not state it); {@code blocked} says why no plan is
     * shown: none can complete it, or the solver found none within its time limit. {@code auditedWith}: with {@code joint},
     * the learner's other programmes this one was audited together with (each holding toward one of them, within the
     * overlap caps), its plan then made from the holdings that assignment leaves it; empty otherwise.
     */
    public record StackingOption(String credential, String title, String kind, boolean met, double countedCredits,
                                 Double targetCredits, Double missingCredits, int holdingsCounted,
                                 Double planEcts, Double planPrice, Double planWeeks, String blocked, List<String> auditedWith) {
    }

    private final CatalogSnapshots snapshots;
    private final GraphReader graph;
    private final Clock clock;
    private final LearnerAccess access;
    private final SourceCreditUnits units;
    private final LearnerExceptions exceptions;
    private final TransferSources transfers;
    private final LearnerProgrammes programmes;
    private final int termMonths;

    StackingService(CatalogSnapshots snapshots, GraphReader graph, Clock clock, LearnerAccess access, LearnerExceptions exceptions,
                    LearnerProgrammes programmes,
                    @Value("${credpath.stacking.term-months:" + TermCalendar.DEFAULT_TERM_MONTHS + "}") int termMonths) {
        this.termMonths = termMonths;
        this.snapshots = snapshots;
        this.programmes = programmes;
        this.exceptions = exceptions;
        this.graph = graph;
        this.clock = clock;
        this.access = access;
        this.units = new SourceCreditUnits(graph);
        this.transfers = new TransferSources(graph);
    }

    /** Waivers are the only part of a request whose right depends on more than the learner access level: checked here for every entry point. */
    public AdvisedAudit audit(String learnerId, String target, LocalDate date, Set<String> waived) {
        access.requireWaiver(learnerId, waived, "waive");
        var holdings = holdings(learnerId);
        return audit(exceptions.advise(snapshots.current(), learnerId), target, holdings, date, waived);
    }

    /** The learner's audit against {@code target} and, side by side, against {@code other} (a switch of programme): one holdings read. */
    public AuditComparison compare(String learnerId, String target, String other, LocalDate date) {
        var snapshot = snapshots.current();
        if (other == null || other.isBlank()) {
            throw new BadRequestException("with", "name the credential to compare with");
        }
        if (snapshot.offering(other).isEmpty() || snapshot.requirements(other).isEmpty()) {
            throw new BadRequestException("with", snapshot.offering(other).isEmpty() ? "no credential with id '" + other + "'"
                    : "credential '" + other + "' has no stacking rules: nothing stacks into it");
        }
        var holdings = holdings(learnerId);
        var advised = exceptions.advise(snapshot, learnerId);
        return AuditComparison.of(audit(advised, target, holdings, date, Set.of()), audit(advised, other, holdings, date, Set.of()));
    }

    public AdvisedAudit whatIf(String learnerId, List<Holding> extra, String target, LocalDate date, Set<String> waived) {
        access.requireWaiver(learnerId, waived, "waive");
        var snapshot = snapshots.current();
        for (int i = 0; i < extra.size(); i++) {
            if (snapshot.offering(extra.get(i).credential()).isEmpty()) {
                throw new BadRequestException("holdings[" + i + "].credential", "unknown credential '" + extra.get(i).credential() + "'");
            }
        }
        var all = new ArrayList<Holding>(learnerId == null ? List.of() : holdings(learnerId));
        all.addAll(extra);
        return audit(exceptions.advise(snapshot, learnerId), target, all, date, waived);
    }

    public List<StackingOption> discover(String learnerId, LocalDate date, boolean joint) {
        var holdings = holdings(learnerId);
        var advised = exceptions.advise(snapshots.current(), learnerId);
        var snapshot = advised.snapshot();
        var options = new ArrayList<StackingOption>();
        var years = programmes.yearsOfOtherProgrammes(); // an earlier catalog year counts through its programme
        var together = joint ? together(advised, holdings, date, years) : Map.<String, AuditResult>of();
        for (var target : snapshot.stackable()) {
            if (years.contains(target)) {
                continue;
            }
            var result = together.containsKey(target) ? together.get(target)
                    : new StackingAudit(snapshot, options(date, advised.waived()).withCalendar(calendar(advised, target))).audit(target, holdings);
            var usable = together.containsKey(target) ? holdings.stream().filter(h -> result.notCounted().stream().noneMatch(u ->
                    u.credential().equals(h.credential()) && u.reason() == NotCountedReason.COUNTED_IN_ANOTHER_TARGET)).toList() : holdings;
            if (result.met() || !result.counted().isEmpty()) {
                var offering = snapshot.offering(target).orElseThrow();
                CompletionPlan plan = null;
                String blocked = null;
                if (!result.met()) {
                    try {
                        plan = new CompletionPlanner(snapshot, new PlanOptions(Selection.NONE, SolveOptions.of(CostMetric.ECTS), null,
                                reference(date), advised.waived()).withCalendar(calendar(advised, target))).plan(List.of(target), usable);
                    } catch (UnsatisfiableTargetException | SolverTimeoutException e) {
                        blocked = e.getMessage(); // one target's answer: the others are still listed
                    }
                }
                Double none = result.met() ? Double.valueOf(0) : null;
                options.add(new StackingOption(target, offering.title(), offering.kind(), result.met(), result.countedCredits(),
                        result.targetCredits(), result.missingCredits(), result.counted().size(),
                        plan == null ? none : plan.totalEcts(), plan == null ? none : plan.totalPrice(),
                        plan == null ? none : plan.totalWeeks(), blocked,
                        together.containsKey(target) ? together.keySet().stream().filter(t -> !t.equals(target)).sorted().toList() : List.of()));
            }
        }
        options.sort(Comparator.comparing((StackingOption o) -> !o.met())
                .thenComparing(o -> o.planEcts() == null ? Double.MAX_VALUE : o.planEcts())
                .thenComparing(o -> o.planPrice() == null ? Double.MAX_VALUE : o.planPrice())
                .thenComparing(o -> o.planWeeks() == null ? Double.MAX_VALUE : o.planWeeks())
                // no plan (blocked, as most real degrees are by unresolved references): what is left still ranks them
                .thenComparing(o -> o.missingCredits() == null ? Double.MAX_VALUE : o.missingCredits())
                .thenComparing(StackingOption::title));
        return options;
    }

    /** The learner's programmes (those they recorded starting) audited together, by target; empty for fewer than two. */
    private Map<String, AuditResult> together(AdvisedCatalog advised, List<Holding> holdings, LocalDate date, Set<String> years) {
        var snapshot = advised.snapshot();
        var started = advised.followed().keySet().stream().filter(t -> snapshot.stackable().contains(t) && !years.contains(t)).sorted().toList();
        if (started.size() < 2) {
            return Map.of();
        }
        var joint = new JointAudit(snapshot, options(date, advised.waived()), target -> calendar(advised, target))
                .audit(started, holdings, OverlapCaps.of(started, snapshot, List.of()));
        var byTarget = new java.util.HashMap<String, AuditResult>();
        joint.audits().forEach(a -> byTarget.put(a.target(), a));
        return byTarget;
    }

    /** The audit on the learner's rules (their exceptions written in), with the exceptions it shows. */
    private AdvisedAudit audit(AdvisedCatalog advised, String target, List<Holding> holdings, LocalDate date, Set<String> waived) {
        var snapshot = advised.snapshot();
        if (snapshot.offering(target).isEmpty()) {
            throw new NotFoundException("credential", target);
        }
        if (snapshot.requirements(target).isEmpty()) {
            throw new BadRequestException("target", "credential '" + target + "' has no stacking rules: nothing stacks into it");
        }
        var result = new StackingAudit(snapshot, options(date, advised.waivedWith(waived)).withCalendar(calendar(advised, target)))
                .audit(target, holdings);
        return advise(advised, result);
    }

    /** An audit result with what the answer shows beside it: the exceptions applied, transfer rows, the catalog year followed. */
    AdvisedAudit advise(AdvisedCatalog advised, AuditResult result) {
        return new AdvisedAudit(units.audit(result), advised.exceptionsFor(result.target()), transfers.of(result), advised.yearOf(result.target()));
    }

    /** The learner's terms in a programme they recorded a start for (null: start unknown, timing not judged). */
    TermCalendar calendar(AdvisedCatalog advised, String target) {
        var year = advised.yearOf(target);
        return year == null ? null : TermCalendar.from(year.start(), termMonths);
    }

    StackingAudit.Options options(LocalDate date, Set<String> waived) {
        return new StackingAudit.Options(reference(date), waived, StackingAudit.Options.SEARCH_NODES);
    }

    LocalDate reference(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    /**
     * What to plan: the learner's holdings (optional) plus hypothetical ones, toward one or more targets, with the request's
     * filters and options; {@code caps}: an adviser's caps on what pairs of targets share (over the rules' ones).
     */
    public record PlanRequest(String learner, List<Holding> extraHoldings, List<String> targets, Selection selection, SolveOptions solve,
                              Set<String> enrolledAt, LocalDate date, Set<String> waive, List<OverlapCaps.Requested> caps) {
    }

    public AdvisedPlan plan(PlanRequest request) {
        access.requireWaiver(request.learner(), request.waive(), "waive");
        var advised = exceptions.advise(snapshots.current(), request.learner());
        var snapshot = advised.snapshot();
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
                reference(request.date()), advised.waivedWith(request.waive()))
                .withCalendar(request.targets().stream().map(t -> calendar(advised, t)).filter(java.util.Objects::nonNull).findFirst().orElse(null));
        var plan = units.plan(new CompletionPlanner(snapshot, options).plan(request.targets(), holdings, request.caps()));
        return new AdvisedPlan(plan, request.targets().stream().flatMap(t -> advised.exceptionsFor(t).stream()).distinct().toList());
    }

    record HoldingRow(String credential, LocalDate date, String grade, Boolean verified) {
    }

    List<Holding> holdings(String learnerId) {
        var row = graph.one("stacking/learner-holdings", Map.of("id", learnerId))
                .orElseThrow(() -> new NotFoundException("learner", learnerId));
        return graph.list(row.get("holdings"), HoldingRow.class).stream()
                .map(h -> new Holding(h.credential(), h.date(), h.grade(), Boolean.TRUE.equals(h.verified()))).toList();
    }
}
