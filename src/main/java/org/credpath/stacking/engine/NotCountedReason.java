package org.credpath.stacking.engine;

/** Why a holding did not count toward a target. */
public enum NotCountedReason {
    /** the credential's own validity ran out */
    EXPIRED,
    /** earned before a rule's validity window */
    OUTSIDE_VALIDITY_WINDOW,
    /** a rule it matches asks for a higher grade */
    GRADE_TOO_LOW,
    /** it matches only beneath a rule node that had to be complete by the end of an earlier term than it was earned in */
    AFTER_DEADLINE,
    /** it matched, but the rule node's cap (credits, items, or k / credits needed) was already reached */
    CAP_REACHED,
    /** under a rule node with distribution areas, the area it counts for already counts the most courses one area may */
    AREA_FULL,
    /** it counts in a gated rule node that is not complete yet, whose progress counts upward only once it is */
    GATED_NODE_INCOMPLETE,
    /** the rule it matches is already met by another holding, which counts instead */
    ALREADY_COUNTED_ELSEWHERE,
    /** a filter it would match names it as an exception ("any CS course except CS 1136") */
    EXCLUDED_BY_RULE,
    /** in a joint audit of several targets: it counts toward another target, and the overlap cap keeps it from counting here too */
    COUNTED_IN_ANOTHER_TARGET,
    /** it is the same course (cross-listed under another code) as another holding, which counts for the course instead */
    SAME_COURSE_HELD,
    /** no rule of the target names or matches it */
    NO_MATCHING_RULE
}
