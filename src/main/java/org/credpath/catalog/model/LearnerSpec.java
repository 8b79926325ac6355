package org.credpath.catalog.model;

import java.time.LocalDate;
import java.util.List;

/** A learner's record: holdings, prior learning and goals. */
public record LearnerSpec(String id, String name, List<Holding> earned, List<PriorSkill> skills, List<Goal> goals) {

    public LearnerSpec {
        earned = earned == null ? List.of() : List.copyOf(earned);
        skills = skills == null ? List.of() : List.copyOf(skills);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public record Holding(String credential, LocalDate date, String grade, boolean verified) {
    }

    /** {@code source} is {@code self-declared} or {@code recognised}. */
    public record PriorSkill(String skill, String source) {
    }

    /** Exactly one of occupation (URI) and credential (id) is set. */
    public record Goal(String occupation, String credential) {
    }
}
