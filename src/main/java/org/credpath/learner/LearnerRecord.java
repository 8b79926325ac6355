package org.credpath.learner;

import java.time.LocalDate;
import java.util.List;

import org.credpath.advising.RuleException;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A learner's record as they (and those they share it with) see it; {@code exceptions}: the exceptions advisers made to
 * their rules, oldest first (see {@code POST /api/learners/{id}/exceptions}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LearnerRecord(String id, String name, List<Holding> earned, List<PriorSkill> skills, List<Goal> goals,
                            List<RuleException> exceptions) {

    /** A credential earned; {@code validUntil} is set when the credential expires, {@code expired} tells whether it has. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Holding(HeldCredential credential, LocalDate date, String grade, Boolean verified, LocalDate validUntil, boolean expired) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HeldCredential(String id, String title, String kind, Double ects, Integer eqfLevel, Integer validityYears, String provider) {
    }

    public record PriorSkill(String uri, String label, String source) {
    }

    /** {@code type} is occupation or credential; {@code id} the occupation URI or the credential id. */
    public record Goal(String type, String id, String label) {
    }

    public record Summary(String id, String name, long holdings) {
    }
}
