package org.credpath.recommend.engine;

import java.util.List;

import org.credpath.recommend.engine.NextSteps.SkillRef;

/**
 * Which credentials teach a job profile, for an employer: per skill the credentials that teach it
 * (allowed by the filters; cheapest in ECTS first, at most {@code teachersPerSkill} listed, all counted),
 * the share of the profile's skills some credential teaches, and the smallest bundle of credentials that
 * covers every taught skill in scope (fewest credentials, then lowest price).
 */
public record Coverage(SkillGap.GoalRef goal, int skills, int taught, double coverage, int essentialSkills, int essentialTaught,
                       double essentialCoverage, List<SkillCoverage> perSkill, Bundle bundle) {

    public record SkillCoverage(String uri, String label, boolean essential, int teachingCredentials, List<Teacher> taughtBy) {
    }

    public record Bundle(String scope, String status, double gap, int size, double totalEcts, double totalPrice,
                         List<BundleItem> credentials, List<SkillRef> notTaught, String method, int candidates, int pruned) {
    }

    public record BundleItem(Teacher credential, List<SkillRef> covers) {
    }
}
