package org.credpath.recommend.engine;

import java.util.List;

import org.credpath.recommend.engine.NextSteps.SkillRef;

/**
 * Which credentials teach a job profile, for an employer: per skill the credentials that teach it
 * (allowed by the filters; cheapest in ECTS first, at most {@code teachersPerSkill} listed, all counted),
 * the share of the profile's skills some credential teaches, and the smallest bundle of credentials that
 * covers every taught skill in scope (fewest credentials, then lowest price, an unknown price ranking after every known
 * one). {@code excludedForUnknown} counts the teaching credentials the filters ruled out only because they do not state
 * the attribute filtered on; a bundle total is null when some credential in it does not state that cost
 * ({@code unknownEcts}, {@code unknownPrice} count them).
 */
public record Coverage(SkillGap.GoalRef goal, int skills, int taught, double coverage, int essentialSkills, int essentialTaught,
                       double essentialCoverage, int excludedForUnknown, List<SkillCoverage> perSkill, Bundle bundle) {

    public record SkillCoverage(String uri, String label, boolean essential, int teachingCredentials, List<Teacher> taughtBy) {
    }

    public record Bundle(String scope, String status, double gap, int size, Double totalEcts, Double totalPrice, int unknownEcts,
                         int unknownPrice, List<BundleItem> credentials, List<SkillRef> notTaught, String method, int candidates, int pruned) {
    }

    public record BundleItem(Teacher credential, List<SkillRef> covers) {
    }
}
