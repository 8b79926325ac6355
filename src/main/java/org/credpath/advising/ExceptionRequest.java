package org.credpath.advising;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an adviser asks for; which fields a kind needs: {@link ExceptionChecks}. */
public record ExceptionRequest(
        @Schema(description = "COUNT_TOWARD (credential counts toward node of target), WAIVE (node of target is met, counting no credits) "
                + "or EQUIVALENT (credential is accepted as equivalentTo, in every target or in target only)") String kind,
        @Schema(description = "The larger credential whose rules the exception changes (optional for EQUIVALENT)") String target,
        @Schema(description = "A rule node id of the target's stacking rules, as the audit's tree names it (COUNT_TOWARD, WAIVE)") String node,
        @Schema(description = "The credential that counts (COUNT_TOWARD, EQUIVALENT)") String credential,
        @Schema(description = "The credential it is accepted as (EQUIVALENT)") String equivalentTo,
        @Schema(description = "Why: shown in every audit it changes (at most 500 characters)") String reason) {
}
