package org.credpath.advising;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An adviser's exception for one learner, as stored: {@code credential} counts toward {@code node} of {@code target}
 * ({@link ExceptionKind#COUNT_TOWARD}), {@code node} of {@code target} is waived ({@link ExceptionKind#WAIVE}), or
 * {@code credential} is accepted as {@code equivalentTo} ({@link ExceptionKind#EQUIVALENT}; in every target, or in
 * {@code target} only when one is named). Who made it ({@code madeBy}, the token's subject), when (ISO date-time) and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleException(String id, ExceptionKind kind, String target, String node, String credential, String equivalentTo,
                            String reason, String madeBy, String madeAt) {

    /** How the audit marks what the exception made count, so that no one reads it as the rule's own. */
    public String marker() {
        var verb = kind == ExceptionKind.WAIVE ? "waived" : "counted";
        return verb + " by exception of " + madeBy + " on " + day() + ": " + reason;
    }

    /** The day it was made (the date part of {@code madeAt}). */
    String day() {
        return madeAt == null || madeAt.length() < 10 ? String.valueOf(madeAt) : madeAt.substring(0, 10);
    }

    /** Whether it applies to the rules of this target: named for it, or an equivalence named for no target. */
    boolean concerns(String targetId) {
        return targetId.equals(target) || kind == ExceptionKind.EQUIVALENT && target == null;
    }
}
