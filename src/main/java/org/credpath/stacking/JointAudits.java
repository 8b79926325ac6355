package org.credpath.stacking;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.credpath.advising.LearnerExceptions;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CatalogSnapshots;
import org.credpath.security.LearnerAccess;
import org.credpath.stacking.engine.JointAudit;
import org.credpath.stacking.engine.OverlapCaps;
import org.credpath.web.BadRequestException;
import org.springframework.stereotype.Service;

/** A learner's holdings audited against several targets together, within the overlap caps their rules (or the request) set. */
@Service
public class JointAudits {

    static final int MAX_TARGETS = 6;

    /** What to audit together: 2..6 targets, caps that override or add to the rules' ones, a reference date, waivers. */
    public record JointAuditRequest(List<String> targets, List<CapRequest> caps, LocalDate date, Set<String> waive) {
    }

    /** At most {@code max} holdings may count toward both credentials {@code between} names (null or absent: no limit). */
    public record CapRequest(List<String> between, Integer max) {
    }

    /**
     * Each target's audit (as GET .../audit/{target} answers it) in the order asked, the holdings counted toward several,
     * every pair's cap with its use and source, every maxSharedCredits with its use, and what the assignment maximises.
     */
    public record JointAuditAnswer(List<AdvisedAudit> audits, List<JointAudit.SharedHolding> shared, List<JointAudit.CapUse> caps,
                                   List<JointAudit.CreditCapUse> creditCaps, int targetsMet, double countedCredits,
                                   String method, boolean exact) {
    }

    private final StackingService stacking;
    private final CatalogSnapshots snapshots;
    private final LearnerExceptions exceptions;
    private final LearnerAccess access;

    JointAudits(StackingService stacking, CatalogSnapshots snapshots, LearnerExceptions exceptions, LearnerAccess access) {
        this.stacking = stacking;
        this.snapshots = snapshots;
        this.exceptions = exceptions;
        this.access = access;
    }

    public JointAuditAnswer audit(String learnerId, JointAuditRequest request) {
        access.requireWaiver(learnerId, request.waive(), "waive");
        var advised = exceptions.advise(snapshots.current(), learnerId);
        var snapshot = advised.snapshot();
        var targets = targets(request.targets(), snapshot);
        var caps = OverlapCaps.of(targets, snapshot, requested(request.caps(), targets));
        var holdings = stacking.holdings(learnerId);
        var result = new JointAudit(snapshot, stacking.options(request.date(), advised.waivedWith(request.waive())),
                target -> stacking.calendar(advised, target)).audit(targets, holdings, caps);
        return new JointAuditAnswer(result.audits().stream().map(a -> stacking.advise(advised, a)).toList(), result.shared(),
                result.caps(), result.creditCaps(), result.targetsMet(), result.countedCredits(), result.method(), result.exact());
    }

    private static List<String> targets(List<String> targets, CatalogSnapshot snapshot) {
        if (targets == null || targets.size() < 2 || targets.size() > MAX_TARGETS) {
            throw new BadRequestException("targets", "name 2 to " + MAX_TARGETS + " credentials to audit together");
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < targets.size(); i++) {
            var target = targets.get(i);
            var at = "targets[" + i + "]";
            if (target == null || target.isBlank()) {
                throw new BadRequestException(at, "is required");
            }
            if (!seen.add(target)) {
                throw new BadRequestException(at, "'" + target + "' is named twice");
            }
            if (snapshot.offering(target).isEmpty()) {
                throw new BadRequestException(at, "no credential with id '" + target + "'");
            }
            if (snapshot.requirements(target).isEmpty()) {
                throw new BadRequestException(at, "credential '" + target + "' has no stacking rules: nothing stacks into it");
            }
        }
        return List.copyOf(targets);
    }

    /** The request's caps, each checked: two different targets of the request, max 0..1000 or none (400 naming the field). */
    static List<OverlapCaps.Requested> requested(List<CapRequest> caps, List<String> targets) {
        if (caps == null) {
            return List.of();
        }
        var requested = new java.util.ArrayList<OverlapCaps.Requested>();
        for (int i = 0; i < caps.size(); i++) {
            var cap = caps.get(i);
            var at = "caps[" + i + "]";
            if (cap == null || cap.between() == null || cap.between().size() != 2 || cap.between().get(0) == null
                    || cap.between().get(1) == null || cap.between().get(0).equals(cap.between().get(1))) {
                throw new BadRequestException(at + ".between", "name two different targets of this audit");
            }
            for (int j = 0; j < 2; j++) {
                if (!targets.contains(cap.between().get(j))) {
                    throw new BadRequestException(at + ".between[" + j + "]", "'" + cap.between().get(j) + "' is not one of the targets");
                }
            }
            if (cap.max() != null && (cap.max() < 0 || cap.max() > 1000)) {
                throw new BadRequestException(at + ".max", "must be a whole number of holdings from 0 to 1000 (or absent: no limit)");
            }
            requested.add(new OverlapCaps.Requested(cap.between().get(0), cap.between().get(1), cap.max()));
        }
        return requested;
    }
}
