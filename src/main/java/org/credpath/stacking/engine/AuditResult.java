package org.credpath.stacking.engine;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The audit of holdings against a target credential: its rule tree annotated with status and what
 * counted where, the credits counted and missing, and why every other holding did not count.
 * {@code exact} is true when the assignment is proven optimal: by the branch and bound, or by the exact
 * CP-SAT model it hands over to on large trees (false only when that model's time limit ran out first).
 * {@code sourceCredits} restates the credits in the unit the target's source uses, when it is not ECTS
 * (null otherwise). {@code timing}: what the rules' timing says of these holdings (empty when no node has timing).
 */
public record AuditResult(String target, String title, boolean met, double countedCredits, Double targetCredits,
                          Double missingCredits, AuditNode tree, List<CountedHolding> counted,
                          List<UncountedHolding> notCounted, boolean exact, long searchNodes, SourceCredits sourceCredits,
                          List<TimingNote> timing) {

    public AuditResult {
        timing = timing == null ? List.of() : List.copyOf(timing);
    }

    public AuditResult(String target, String title, boolean met, double countedCredits, Double targetCredits, Double missingCredits,
                       AuditNode tree, List<CountedHolding> counted, List<UncountedHolding> notCounted, boolean exact, long searchNodes,
                       SourceCredits sourceCredits) {
        this(target, title, met, countedCredits, targetCredits, missingCredits, tree, counted, notCounted, exact, searchNodes,
                sourceCredits, List.of());
    }

    public AuditResult withSourceCredits(SourceCredits credits) {
        return new AuditResult(target, title, met, countedCredits, targetCredits, missingCredits, tree, counted, notCounted, exact,
                searchNodes, credits, timing);
    }

    /** MISSED: not met, and its completeByTerm deadline has passed (it can no longer be met in time). */
    public enum Status { MET, PARTLY_MET, NOT_MET, MISSED }

    /**
     * What a node's timing says: {@code MISSED_DEADLINE} (still open after the end of its term), {@code STARTED_TOO_EARLY}
     * ({@code credential} was earned in a term before the node was complete, though the node had to be complete before
     * it was started) or {@code NOT_JUDGED} (the learner's start, or a date, is unknown: the timing could not be judged).
     */
    public record TimingNote(String node, String label, TimingVerdict verdict, String credential, String detail) {
    }

    public enum TimingVerdict { MISSED_DEADLINE, STARTED_TOO_EARLY, NOT_JUDGED }

    /**
     * A node of the audited tree. On a group with distribution areas, {@code areas} says what counted for each area
     * (and what counted toward none), and {@code detail} says in words how far it is ("3 of 4 courses but only 2 of the
     * 3 areas needed"); both are left out elsewhere.
     */
    public record AuditNode(String id, String type, String label, Status status, Integer k, Double credits,
                            double countedCredits, int metItems, Integer missingItems, Double missingCredits,
                            String credential, List<String> countedHere, List<AuditNode> children,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AreaCount> areas,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String detail) {

        public AuditNode(String id, String type, String label, Status status, Integer k, Double credits, double countedCredits,
                         int metItems, Integer missingItems, Double missingCredits, String credential, List<String> countedHere,
                         List<AuditNode> children) {
            this(id, type, label, status, k, credits, countedCredits, metItems, missingItems, missingCredits, credential,
                    countedHere, children, List.of(), null);
        }
    }

    /** The holdings counted for one area at a group with distribution areas ({@code area} null: toward no area). */
    public record AreaCount(String area, List<String> counted) {
    }

    /**
     * A holding that counts at {@code leaf} for {@code credits}; {@code via} is the credential it is recognised as;
     * {@code area}: the area it counts for, under a group with distribution areas.
     */
    public record CountedHolding(String credential, String leaf, double credits, String via,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String area) {

        public CountedHolding(String credential, String leaf, double credits, String via) {
            this(credential, leaf, credits, via, null);
        }
    }

    public record UncountedHolding(String credential, NotCountedReason reason, String detail) {
    }
}
