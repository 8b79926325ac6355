package org.credpath.skills;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the skills and occupations API shows. */
final class SkillViews {

    private SkillViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SkillSummary(String uri, String label, String skillType, String reuseLevel, List<String> altLabels) {
    }

    record Ref(String uri, String label) {
    }

    /** A credential teaching the skill: {@code source} stated or extracted, {@code confidence} null when not assessed. */
    record TeachingCredential(String id, String title, String kind, Double ects, Double price, String currency, String provider,
                              String source, Double confidence, String evidence) {
    }

    record RequiringOccupation(String uri, String label, boolean essential) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SkillDetail(String uri, String label, String skillType, String reuseLevel, String description, List<String> altLabels,
                       List<Ref> broader, List<Ref> narrower, List<TeachingCredential> taughtBy, List<RequiringOccupation> requiredBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record OccupationSummary(String uri, String label, String iscoGroup, String code, List<String> altLabels) {
    }

    record OccupationSkill(String uri, String label, String skillType) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record OccupationDetail(String uri, String label, String iscoGroup, String code, String description, List<String> altLabels,
                            List<OccupationSkill> essentialSkills, List<OccupationSkill> optionalSkills) {
    }
}
