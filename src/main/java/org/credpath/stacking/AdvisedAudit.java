package org.credpath.stacking;

import java.util.List;

import org.credpath.advising.AuditException;
import org.credpath.advising.FollowedYear;
import org.credpath.stacking.engine.AuditResult;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An audit answer: the audit's fields as they are, plus the adviser's exceptions it applied ({@code exceptions}; empty
 * when none), each with the ids of the tree nodes that carry its marker, so no one reads an exception as the rule's own,
 * the holdings that counted through a transfer equivalency table with the row they came from ({@code transfers}), and,
 * when the learner recorded when they started the target, the catalog year of its rules the audit followed.
 */
public record AdvisedAudit(@JsonUnwrapped AuditResult audit, List<AuditException> exceptions, List<TransferCredit> transfers,
                           @JsonInclude(JsonInclude.Include.NON_NULL) FollowedYear catalogYear) {
}
