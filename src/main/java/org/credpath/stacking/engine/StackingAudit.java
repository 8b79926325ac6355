package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.credpath.stacking.engine.AuditResult.AuditNode;
import org.credpath.stacking.engine.AuditResult.CountedHolding;
import org.credpath.stacking.engine.AuditResult.Status;
import org.credpath.stacking.engine.AuditResult.UncountedHolding;

/**
 * Audits holdings against a target credential's stacking rules: finds the assignment of holdings to
 * rule leaves (each holding at most once) with the most progress — target met, then credits counted —
 * by exact branch and bound ({@link AssignmentSearch}); among equally good ones it prefers more rule
 * nodes met, then fewer holdings used.
 *
 * <p>Why not greedy: a holding may match several leaves (a course named in the core and matching an
 * elective filter); placing it where it first fits can leave the core unmet although an assignment
 * that meets it exists. The search tries every placement of every holding (or none), pruning only
 * branches that provably cannot do better. It walks only the part of the tree the holdings can reach
 * ({@link TreeEvaluator#reachableOnly}); when it grows beyond {@link Options#SEARCH_NODES} nodes (long lists
 * under k-of-n and credit sums that one holding matches many of, where its relaxation is weak), CP-SAT
 * finishes the proof on the same rules ({@link AuditModel}): first their monotone relaxation, whose optimum
 * is usually reached by a real assignment, then, if not, the exact model.
 */
public final class StackingAudit {

    /** {@code referenceDate} is "today" for validity; waived conditions count as met (an adviser's decision). */
    /**
     * {@code nodeLimit}: nodes of the branch and bound before the exact solver takes over ({@code solverLimit}:
     * its time limit; only when it runs out is an audit not {@code exact}). {@code calendar}: the learner's terms, for rule
     * timing (null: their start is unknown, and timing is not judged).
     */
    public record Options(LocalDate referenceDate, Set<String> waivedConditions, long nodeLimit, Duration solverLimit,
                          TermCalendar calendar) {
        /**
         * Measured on thousand-node programs (LargePrograms, CPU time): 2,000 nodes of search cost 9-16 ms and never
         * finished for 20- or 40-course transcripts, where the solver proves in 3-5 ms; the trees the search is fast on
         * (UT Dallas CS: 30 nodes) finish far below 200.
         */
        public static final long SEARCH_NODES = 200;
        public static final Duration SOLVER_LIMIT = Duration.ofSeconds(10);

        public Options {
            Objects.requireNonNull(referenceDate);
            waivedConditions = waivedConditions == null ? Set.of() : Set.copyOf(waivedConditions);
            solverLimit = solverLimit == null ? SOLVER_LIMIT : solverLimit;
        }

        public Options(LocalDate referenceDate, Set<String> waivedConditions, long nodeLimit, Duration solverLimit) {
            this(referenceDate, waivedConditions, nodeLimit, solverLimit, null);
        }

        public Options(LocalDate referenceDate, Set<String> waivedConditions, long nodeLimit) {
            this(referenceDate, waivedConditions, nodeLimit, null);
        }

        /** These options on a learner's term calendar (null: start unknown). */
        public Options withCalendar(TermCalendar calendar) {
            return new Options(referenceDate, waivedConditions, nodeLimit, solverLimit, calendar);
        }

        public static Options at(LocalDate referenceDate) {
            return new Options(referenceDate, Set.of(), SEARCH_NODES);
        }
    }

    private final CatalogSnapshot catalog;
    private final Options options;

    public StackingAudit(CatalogSnapshot catalog, Options options) {
        this.catalog = Objects.requireNonNull(catalog);
        this.options = Objects.requireNonNull(options);
    }

    public AuditResult audit(String targetId, List<Holding> holdings) {
        var target = catalog.offering(targetId).orElseThrow(() -> new IllegalArgumentException("Unknown credential " + targetId));
        var rules = catalog.requirements(targetId)
                .orElseThrow(() -> new IllegalArgumentException("Credential " + targetId + " has no stacking rules"));
        var tree = new IndexedTree(rules);
        var eligibility = new Eligibility(tree, holdings, catalog, options.referenceDate(), new Deadlines(options.calendar()));
        var evaluator = new TreeEvaluator(tree, options.waivedConditions()).reachableOnly(eligibility);
        var search = new AssignmentSearch(tree, eligibility, evaluator, options.nodeLimit()).run(options.solverLimit());
        return result(target, holdings, tree, eligibility, evaluator, search);
    }

    /** Whether the holdings meet a rule tree (an entry rule, say): the same exact search, without the report. */
    boolean meets(Rule rule, List<Holding> holdings) {
        var tree = new IndexedTree(rule);
        var eligibility = new Eligibility(tree, holdings, catalog, options.referenceDate(), new Deadlines(options.calendar()));
        var evaluator = new TreeEvaluator(tree, options.waivedConditions()).reachableOnly(eligibility);
        return new AssignmentSearch(tree, eligibility, evaluator, options.nodeLimit()).run(options.solverLimit()).best().met();
    }

    private AuditResult result(Offering target, List<Holding> holdings, IndexedTree tree, Eligibility eligibility,
                               TreeEvaluator evaluator, AssignmentSearch search) {
        var details = evaluator.details(search.bestAssignment());
        var root = details.get(tree.root);
        var used = new HashSet<Integer>();
        var counted = new ArrayList<CountedHolding>();
        for (var candidate : root.used()) {
            used.add(candidate.holding());
            counted.add(new CountedHolding(holdings.get(candidate.holding()).credential(), tree.leaves.get(candidate.leaf()).id(),
                    candidate.credits(), candidate.via(), candidate.area()));
        }
        var assigned = new HashSet<Integer>();
        search.bestAssignment().forEach(leaf -> leaf.forEach(c -> assigned.add(c.holding())));
        var waiting = new java.util.HashMap<Integer, Rule.Group>(); // holdings that would count under an incomplete gated group
        for (int h = 0; h < holdings.size() && tree.gated; h++) {
            for (var c : used.contains(h) ? List.<Candidate>of() : eligibility.byHolding.get(h)) {
                int holding = h;
                incompleteGate(tree, c.leaf(), details).ifPresent(g -> waiting.putIfAbsent(holding, g));
            }
        }
        var notCounted = new ArrayList<UncountedHolding>();
        for (int h = 0; h < holdings.size(); h++) {
            if (used.contains(h)) {
                continue;
            }
            var credential = holdings.get(h).credential();
            if (waiting.containsKey(h)) {
                var g = waiting.get(h);
                notCounted.add(new UncountedHolding(credential, NotCountedReason.GATED_NODE_INCOMPLETE, "counts in '"
                        + (g.label() != null ? g.label() : g.id()) + "', which counts upward only once it is complete"));
            } else if (assigned.contains(h)) {
                notCounted.add(capReached(credential, h, tree, search, details));
            } else if (!eligibility.byHolding.get(h).isEmpty()) {
                notCounted.add(new UncountedHolding(credential, NotCountedReason.ALREADY_COUNTED_ELSEWHERE,
                        "every rule it matches is already met by another holding"));
            } else {
                var reason = eligibility.blocked.get(h).stream().min(Comparator.naturalOrder()).orElse(NotCountedReason.NO_MATCHING_RULE);
                notCounted.add(new UncountedHolding(credential, reason, reason == NotCountedReason.EXCLUDED_BY_RULE
                        ? excluded(tree, eligibility.excludedBy.get(h))
                        : reason == NotCountedReason.AFTER_DEADLINE ? eligibility.late.get(h)
                        : reason == NotCountedReason.SAME_COURSE_HELD ? "the same course as " + eligibility.sameCourse.get(h)
                        + " (cross-listed), which is held too and counts for it: a course counts once" : describe(reason)));
            }
        }
        var missing = target.credits() > 0 ? Math.max(0, target.credits() - root.counted()) : null;
        var shown = node(tree.root, details, holdings);
        var timing = tree.timed ? new TimingReport(tree, new Deadlines(options.calendar()), options.referenceDate(), holdings, evaluator,
                search.bestAssignment()) : null;
        return new AuditResult(target.id(), target.title(), root.met(), round(root.counted()), target.credits() > 0 ? target.ects() : null,
                missing == null ? null : round(missing), timing == null ? shown : timing.marked(shown), counted, notCounted,
                search.complete(), search.nodes(), null, timing == null ? List.of() : timing.notes);
    }

    /** A holding placed but not counted: its area was full at a group with distribution areas, or a cap was reached. */
    private static UncountedHolding capReached(String credential, int h, IndexedTree tree, AssignmentSearch search,
                                               Map<Rule, TreeEvaluator.NodeResult> details) {
        var placed = search.bestAssignment().stream().flatMap(List::stream).filter(c -> c.holding() == h).findFirst().orElseThrow();
        return AreaReport.areaFull(tree, placed, details)
                .map(detail -> new UncountedHolding(credential, NotCountedReason.AREA_FULL, detail))
                .orElseGet(() -> new UncountedHolding(credential, NotCountedReason.CAP_REACHED,
                        "matches a rule whose credits, items or k were already reached by other holdings"));
    }

    /** The nearest gated group above a leaf that is not met, if any. */
    private static java.util.Optional<Rule.Group> incompleteGate(IndexedTree tree, int leaf, Map<Rule, TreeEvaluator.NodeResult> details) {
        var ancestors = tree.ancestors.get(leaf);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            var g = ancestors.get(i);
            if (g.limits().gated() && !details.get(g).met()) {
                return java.util.Optional.of(g);
            }
        }
        return java.util.Optional.empty();
    }

    /** Names the filter, and the nearest labelled rule above it ("Free Electives"), as a reader finds them in the tree. */
    private static String excluded(IndexedTree tree, int leaf) {
        var filter = tree.leaves.get(leaf);
        var named = "'" + (filter.label() != null ? filter.label() : filter.id()) + "'";
        var ancestors = tree.ancestors.get(leaf);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (ancestors.get(i).label() != null) {
                named += " under '" + ancestors.get(i).label() + "'";
                break;
            }
        }
        return "excluded by name: the filter " + named + " would match it but lists it as an exception";
    }

    private static String describe(NotCountedReason reason) {
        return switch (reason) {
            case EXPIRED -> "the credential's validity has run out";
            case OUTSIDE_VALIDITY_WINDOW -> "earned before the validity window a rule sets";
            case GRADE_TOO_LOW -> "the grade is below the minimum a matching rule sets";
            case NO_MATCHING_RULE -> "no rule of this credential names or matches it";
            default -> reason.name();
        };
    }

    /** The audit tree: each node with its status, what counted there and, for groups, what is missing. */
    private AuditNode node(Rule rule, Map<Rule, TreeEvaluator.NodeResult> details, List<Holding> holdings) {
        return rule.fold((leaf, groups) -> leafNode(leaf, details.get(leaf), holdings), (g, children) -> groupNode(g, children, details, holdings));
    }

    private AuditNode groupNode(Rule.Group g, List<AuditNode> children, Map<Rule, TreeEvaluator.NodeResult> details,
                                List<Holding> holdings) {
        var result = details.get(g);
        boolean progress = result.counted() > 0 || children.stream().anyMatch(c -> c.status() != Status.NOT_MET);
        boolean areas = g.limits().distribution() != null;
        Integer missingItems = g.kind() == Rule.Kind.AT_LEAST_CREDITS ? null
                : Math.max(0, g.k() - (areas ? result.metItems() : metChildren(g, details)));
        Double missingCredits = g.kind() == Rule.Kind.AT_LEAST_CREDITS ? round(Math.max(0, g.credits() - result.counted())) : null;
        return new AuditNode(g.id(), g.kind().name(), g.label(), status(result.met(), progress),
                g.kind() == Rule.Kind.AT_LEAST_K_OF ? g.k() : null,
                g.kind() == Rule.Kind.AT_LEAST_CREDITS ? g.credits() : null,
                round(result.counted()), result.metItems(), missingItems, missingCredits, null, List.of(), children,
                areas ? AreaReport.byArea(result, holdings) : List.of(), areas ? AreaReport.detail(g, result) : null);
    }

    private AuditNode leafNode(Rule rule, TreeEvaluator.NodeResult result, List<Holding> holdings) {
        var here = result.used().stream().map(c -> holdings.get(c.holding()).credential()).distinct().toList();
        String type = rule instanceof Rule.CredentialLeaf ? "CREDENTIAL" : rule instanceof Rule.FilterLeaf ? "FILTER"
                : rule instanceof Rule.ConditionLeaf ? "CONDITION" : "UNRESOLVED";
        String credential = rule instanceof Rule.CredentialLeaf c ? c.credential() : null;
        String label = rule.label() != null ? rule.label() : credential == null ? null
                : catalog.offering(credential).map(Offering::title).orElse(credential);
        return new AuditNode(rule.id(), type, label, status(result.met(), result.met()), null, null, round(result.counted()),
                result.metItems(), null, null, credential, here, List.of());
    }

    private static int metChildren(Rule.Group g, Map<Rule, TreeEvaluator.NodeResult> details) {
        int met = 0;
        for (var child : g.children()) {
            var result = details.get(child);
            met += child instanceof Rule.FilterLeaf && g.kind() != Rule.Kind.ALL_OF ? result.metItems() : result.met() ? 1 : 0;
        }
        return met;
    }

    private static Status status(boolean met, boolean progress) {
        return met ? Status.MET : progress ? Status.PARTLY_MET : Status.NOT_MET;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
