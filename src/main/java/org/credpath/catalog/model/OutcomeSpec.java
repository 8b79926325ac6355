package org.credpath.catalog.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A learning outcome statement and the skills it aligns to: {@code skills} every skill's URI, {@code alignments} one
 * link per skill with its source, confidence and evidence. A skill named in {@code skills} and not described in {@code alignments} is stated, unassessed;
 * a skill linked twice keeps its stronger link ({@link AlignmentSpec#stronger}: a stated link is never replaced by an
 * extracted one).
 */
public record OutcomeSpec(String id, String statement, List<String> skills, List<AlignmentSpec> alignments) {

    public OutcomeSpec {
        var bySkill = new LinkedHashMap<String, AlignmentSpec>();
        for (var alignment : alignments == null ? List.<AlignmentSpec>of() : alignments) {
            bySkill.merge(alignment.skill(), alignment, AlignmentSpec::stronger);
        }
        for (var skill : skills == null ? List.<String>of() : skills) {
            bySkill.putIfAbsent(skill, AlignmentSpec.stated(skill));
        }
        skills = List.copyOf(new ArrayList<>(bySkill.keySet()));
        alignments = List.copyOf(bySkill.values());
    }

    /** An outcome whose skills the provider states (unassessed). */
    public OutcomeSpec(String id, String statement, List<String> skills) {
        this(id, statement, skills, List.of());
    }
}
