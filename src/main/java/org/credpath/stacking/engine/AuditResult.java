package org.credpath.stacking.engine;

import java.util.List;

/**
 * The audit of holdings against a target credential: its rule tree annotated with status and what
 * counted where, the credits counted and missing, and why every other holding did not count.
 * {@code exact} is true when the assignment is proven optimal: by the branch and bound, or by the exact
 * CP-SAT model it hands over to on large trees (false only when that model's time limit ran out first).
 * {@code sourceCredits} restates the credits in the unit the target's source uses, when it is not ECTS
 * (null otherwise).
 */
public record AuditResult(String target, String title, boolean met, double countedCredits, Double targetCredits,
                          Double missingCredits, AuditNode tree, List<CountedHolding> counted,
                          List<UncountedHolding> notCounted, boolean exact, long searchNodes, SourceCredits sourceCredits) {

    public AuditResult withSourceCredits(SourceCredits credits) {
        return new AuditResult(target, title, met, countedCredits, targetCredits, missingCredits, tree, counted, notCounted, exact,
                searchNodes, credits);
    }

    public enum Status { MET, PARTLY_MET, NOT_MET }

    public record AuditNode(String id, String type, String label, Status status, Integer k, Double credits,
                            double countedCredits, int metItems, Integer missingItems, Double missingCredits,
                            String credential, List<String> countedHere, List<AuditNode> children) {
    }

    /** A holding that counts at {@code leaf} for {@code credits}; {@code via} is the credential it is recognised as. */
    public record CountedHolding(String credential, String leaf, double credits, String via) {
    }

    public record UncountedHolding(String credential, NotCountedReason reason, String detail) {
    }
}
