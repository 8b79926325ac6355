package org.credpath.stacking;

import java.util.List;

import org.credpath.advising.AuditException;
import org.credpath.stacking.engine.CompletionPlan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A plan answer: the plan's fields as they are, plus the adviser's exceptions it planned with ({@code exceptions}; empty when none). */
public record AdvisedPlan(@JsonUnwrapped CompletionPlan plan, List<AuditException> exceptions) {
}
