package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The skills of a goal a learner holds (and through what) and those they lack, each lacking one with
 * the credentials that teach it (cheapest in ECTS first, at most {@code teachersPerSkill} listed, all counted).
 * Coverage percentages are of the goal's essential and optional skills held.
 */
public record SkillGap(GoalRef goal, int essentialTotal, int essentialHeld, double essentialCoverage, int optionalTotal,
                       int optionalHeld, double optionalCoverage, List<HeldSkill> held, List<MissingSkill> essentialGap,
                       List<MissingSkill> optionalGap) {

    public record GoalRef(String type, String id, String label) {
        static GoalRef of(GoalProfile p) {
            return new GoalRef(p.type().name().toLowerCase(), p.id(), p.label());
        }
    }

    public record HeldSkill(String uri, String label, boolean essential, List<HeldSkills.Evidence> via) {
    }

    public record MissingSkill(String uri, String label, boolean essential, int teachingCredentials, List<Teacher> taughtBy) {
    }

    public static SkillGap of(SkillIndex index, GoalProfile goal, HeldSkills held, int teachersPerSkill) {
        var heldSkills = new ArrayList<HeldSkill>();
        var essentialGap = new ArrayList<MissingSkill>();
        var optionalGap = new ArrayList<MissingSkill>();
        for (var skill : goal.all()) {
            boolean essential = goal.essential().contains(skill);
            if (held.holds(skill)) {
                heldSkills.add(new HeldSkill(skill, index.label(skill), essential, held.evidence(skill)));
            } else {
                var teachers = index.teachers(skill);
                var missing = new MissingSkill(skill, index.label(skill), essential, teachers.size(),
                        Teacher.listed(teachers, index, skill, teachersPerSkill));
                (essential ? essentialGap : optionalGap).add(missing);
            }
        }
        int essentialTotal = goal.essential().size();
        int optionalTotal = goal.optional().size();
        int essentialHeld = essentialTotal - essentialGap.size();
        int optionalHeld = optionalTotal - optionalGap.size();
        return new SkillGap(GoalRef.of(goal), essentialTotal, essentialHeld, percent(essentialHeld, essentialTotal), optionalTotal,
                optionalHeld, percent(optionalHeld, optionalTotal), heldSkills, essentialGap, optionalGap);
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 100 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
