package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.stacking.engine.AuditResult.UncountedHolding;

/**
 * Audits holdings against several targets together (a major, a minor, a certificate): each holding counts toward one
 * target only, except as far as the overlap caps allow ({@link OverlapCaps}), and the assignment is optimal over all of
 * them: most targets met, then most credits counted over all targets, then fewest holdings counted toward two targets.
 *
 * <p>How: first each target's own exact audit ({@link StackingAudit}, unchanged) with every holding; when what they
 * count together keeps within the caps, that is the optimum (each target is at its own best). Otherwise one CP-SAT model
 * of every target's exact rules ({@link AuditModel}) tied by the caps ({@link JointModel}) decides which holdings each
 * target may use; each target is then audited by its exact audit on those holdings, which reaches the same optimum and
 * explains it as a single audit does. A holding held back from a target because it counts toward another is listed
 * under the target's {@code notCounted} as {@link NotCountedReason#COUNTED_IN_ANOTHER_TARGET}. A credential held twice
 * is one holding here.
 */
public final class JointAudit {

    /** A target's parts the joint model needs. */
    record Part(IndexedTree tree, Eligibility eligibility, TreeEvaluator evaluator) {
    }

    /** A credential counted toward several targets. */
    public record SharedHolding(String credential, List<String> targets) {
    }

    /** A pair's cap ({@code max} null: no limit), where it comes from, and the holdings counted toward both. */
    public record CapUse(String target, String other, Integer max, int used, List<String> shared, String source) {
    }

    /** A target's {@code maxSharedCredits} and the ECTS of its holdings that also count toward another target. */
    public record CreditCapUse(String target, double maxSharedCredits, double used) {
    }

    /**
     * Each target's audit (in the order asked), what is shared and each cap's use; {@code targetsMet} and
     * {@code countedCredits} are what the assignment maximises; {@code method}: INDEPENDENT (each target's own optimum
     * kept within the caps) or JOINT (the joint model decided); {@code exact}: proven optimal.
     */
    public record Result(List<AuditResult> audits, List<SharedHolding> shared, List<CapUse> caps, List<CreditCapUse> creditCaps,
                         int targetsMet, double countedCredits, String method, boolean exact) {
    }

    private final CatalogSnapshot catalog;
    private final StackingAudit.Options options;
    private final java.util.function.Function<String, TermCalendar> calendars;

    public JointAudit(CatalogSnapshot catalog, StackingAudit.Options options) {
        this(catalog, options, target -> options.calendar());
    }

    /** With the learner's term calendar per target ({@code calendars}: the start they recorded for it; null: unknown). */
    public JointAudit(CatalogSnapshot catalog, StackingAudit.Options options, java.util.function.Function<String, TermCalendar> calendars) {
        this.catalog = Objects.requireNonNull(catalog);
        this.options = Objects.requireNonNull(options);
        this.calendars = Objects.requireNonNull(calendars);
    }

    private StackingAudit single(String target) {
        return new StackingAudit(catalog, options.withCalendar(calendars.apply(target)));
    }

    public Result audit(List<String> targets, List<Holding> holdings, OverlapCaps caps) {
        var distinct = distinct(holdings);
        var independent = targets.stream().map(t -> single(t).audit(t, distinct)).toList();
        if (caps.unlimited() || within(independent, targets, caps)) {
            return answer(independent, targets, caps, "INDEPENDENT", true);
        }
        var parts = targets.stream().map(this::part).map(p -> p.apply(distinct)).toList();
        var solution = new JointModel(catalog, parts, distinct).solve(targets, caps, options.solverLimit());
        if (solution == null) { // no assignment within the time limit: the caps allow at least the disjoint one, the first target first
            solution = disjoint(parts, distinct.size());
        }
        var audits = new ArrayList<AuditResult>();
        for (int t = 0; t < targets.size(); t++) {
            var permitted = new ArrayList<Holding>();
            var withheld = new ArrayList<Integer>();
            for (int h = 0; h < distinct.size(); h++) {
                boolean matches = !parts.get(t).eligibility().byHolding.get(h).isEmpty();
                if (!matches || solution.placed().get(t).contains(h)) {
                    permitted.add(distinct.get(h));
                } else {
                    withheld.add(h);
                }
            }
            audits.add(single(targets.get(t)).audit(targets.get(t), permitted));
            for (int h : withheld) {
                audits.set(t, withheld(audits.get(t), distinct.get(h).credential()));
            }
        }
        var answered = audits.stream().map(a -> explainWithheld(a, audits, targets, caps)).toList();
        return answer(answered, targets, caps, "JOINT", solution.optimal());
    }

    private java.util.function.Function<List<Holding>, Part> part(String target) {
        var rules = catalog.requirements(target)
                .orElseThrow(() -> new IllegalArgumentException("Credential " + target + " has no stacking rules"));
        return holdings -> {
            var tree = new IndexedTree(rules);
            var eligibility = new Eligibility(tree, holdings, catalog, options.referenceDate(), new Deadlines(calendars.apply(target)));
            return new Part(tree, eligibility, new TreeEvaluator(tree, options.waivedConditions()).reachableOnly(eligibility));
        };
    }

    private static JointModel.Solution disjoint(List<Part> parts, int holdings) {
        var placed = new ArrayList<Set<Integer>>();
        var taken = new HashSet<Integer>();
        for (var part : parts) {
            var here = new HashSet<Integer>();
            for (int h = 0; h < holdings; h++) {
                if (!part.eligibility().byHolding.get(h).isEmpty() && taken.add(h)) {
                    here.add(h);
                }
            }
            placed.add(here);
        }
        return new JointModel.Solution(placed, false);
    }

    private static List<Holding> distinct(List<Holding> holdings) {
        var seen = new HashSet<String>();
        return holdings.stream().filter(h -> seen.add(h.credential())).toList();
    }

    /** Whether what the targets count keeps within every cap. */
    private boolean within(List<AuditResult> audits, List<String> targets, OverlapCaps caps) {
        var answered = answer(audits, targets, caps, "", true);
        return answered.caps().stream().allMatch(c -> c.max() == null || c.used() <= c.max())
                && answered.creditCaps().stream().allMatch(c -> c.used() <= c.maxSharedCredits() + 1e-9);
    }

    private static AuditResult withheld(AuditResult audit, String credential) {
        var notCounted = new ArrayList<UncountedHolding>();
        audit.notCounted().stream().filter(u -> !u.credential().equals(credential)).forEach(notCounted::add);
        notCounted.add(new UncountedHolding(credential, NotCountedReason.COUNTED_IN_ANOTHER_TARGET, null));
        return new AuditResult(audit.target(), audit.title(), audit.met(), audit.countedCredits(), audit.targetCredits(),
                audit.missingCredits(), audit.tree(), audit.counted(), notCounted, audit.exact(), audit.searchNodes(), audit.sourceCredits());
    }

    /** Names, for each holding held back, the targets it counts toward instead and the cap that kept it from counting here too. */
    private static AuditResult explainWithheld(AuditResult audit, List<AuditResult> all, List<String> targets, OverlapCaps caps) {
        var notCounted = audit.notCounted().stream().map(u -> {
            if (u.reason() != NotCountedReason.COUNTED_IN_ANOTHER_TARGET) {
                return u;
            }
            var elsewhere = all.stream().filter(a -> a != audit && countedIn(a).contains(u.credential())).map(AuditResult::target).toList();
            var detail = elsewhere.isEmpty() ? "kept for another target audited with it, where it counts nothing either"
                    : "counts toward " + String.join(", ", elsewhere.stream().map(o -> "'" + o + "' (" + describe(caps.cap(audit.target(), o)) + ")").toList())
                    + " instead";
            return new UncountedHolding(u.credential(), u.reason(), detail);
        }).toList();
        return new AuditResult(audit.target(), audit.title(), audit.met(), audit.countedCredits(), audit.targetCredits(),
                audit.missingCredits(), audit.tree(), audit.counted(), notCounted, audit.exact(), audit.searchNodes(), audit.sourceCredits());
    }

    private static String describe(OverlapCaps.Cap cap) {
        return !cap.limited() ? "sharing limited by credits: " + cap.source()
                : cap.max() == 0 ? "no holding may count toward both: " + cap.source()
                : "at most " + cap.max() + " may count toward both: " + cap.source();
    }

    private static Set<String> countedIn(AuditResult audit) {
        var counted = new HashSet<String>();
        audit.counted().forEach(c -> counted.add(c.credential()));
        return counted;
    }

    private Result answer(List<AuditResult> audits, List<String> targets, OverlapCaps caps, String method, boolean exact) {
        var countedBy = new LinkedHashMap<String, List<String>>();
        for (var audit : audits) {
            countedIn(audit).stream().sorted().forEach(c -> countedBy.computeIfAbsent(c, k -> new ArrayList<>()).add(audit.target()));
        }
        var shared = countedBy.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new SharedHolding(e.getKey(), List.copyOf(e.getValue()))).toList();
        var capUses = new ArrayList<CapUse>();
        for (var cap : caps.caps()) {
            var both = shared.stream().filter(s -> s.targets().contains(cap.target()) && s.targets().contains(cap.other()))
                    .map(SharedHolding::credential).toList();
            capUses.add(new CapUse(cap.target(), cap.other(), cap.limited() ? cap.max() : null, both.size(), both, cap.source()));
        }
        var creditUses = new ArrayList<CreditCapUse>();
        for (var target : targets) {
            var limit = caps.maxSharedCredits(target);
            if (limit != null) {
                double used = shared.stream().filter(s -> s.targets().contains(target))
                        .mapToDouble(s -> catalog.offering(s.credential()).orElseThrow().credits()).sum();
                creditUses.add(new CreditCapUse(target, limit, Math.round(used * 1000) / 1000.0));
            }
        }
        int met = (int) audits.stream().filter(AuditResult::met).count();
        double counted = Math.round(audits.stream().mapToDouble(AuditResult::countedCredits).sum() * 1000) / 1000.0;
        boolean allExact = exact && audits.stream().allMatch(AuditResult::exact);
        return new Result(audits, shared, capUses, creditUses, met, counted, method, allExact);
    }
}
