package org.credpath.recommend.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.credpath.catalog.snapshot.Holding;
import org.junit.jupiter.api.Test;

/** Skill gap and the hierarchy rule: a narrower skill counts for its broader skill (one level), never the reverse. */
class SkillGapTests {

    private final World world = new World()
            .broader("python", "programming")
            .broader("programming", "digital-content")
            .occupation("dev", List.of("programming", "python", "testing", "digital-content"), List.of("git", "uml"))
            .course("py", 5, 100, "python")
            .course("prog", 5, 100, "programming")
            .course("test", 3, 50, "testing")
            .expiring("old-git", 2, "git");

    @Test
    void narrowerSkillCountsForItsBroaderSkillButNotTheReverse() {
        var index = world.index();
        var gap = SkillGap.of(index, GoalProfile.resolve(index, Goal.occupation("dev")),
                new HeldSkills(index, World.learner(List.of("py"), List.of(), List.of())), 5);

        assertThat(gap.held()).extracting(SkillGap.HeldSkill::uri).containsExactlyInAnyOrder("programming", "python");
        assertThat(gap.held().stream().filter(h -> h.uri().equals("programming")).findFirst().orElseThrow().via())
                .containsExactly(new HeldSkills.Evidence("python", "earned", "py"));
        assertThat(gap.essentialGap()).extracting(SkillGap.MissingSkill::uri).containsExactly("testing", "digital-content");

        var broaderOnly = SkillGap.of(index, GoalProfile.resolve(index, Goal.occupation("dev")),
                new HeldSkills(index, World.learner(List.of("prog"), List.of(), List.of())), 5);
        assertThat(broaderOnly.essentialGap()).extracting(SkillGap.MissingSkill::uri).contains("python");
        assertThat(broaderOnly.held()).extracting(SkillGap.HeldSkill::uri).contains("programming", "digital-content");
    }

    @Test
    void hierarchyCountsOneLevelByDefaultAndMoreWhenConfigured() {
        var learner = World.learner(List.of("py"), List.of(), List.of());
        var oneLevel = world.index();
        assertThat(new HeldSkills(oneLevel, learner).holds("digital-content")).isFalse();
        var twoLevels = world.index(new HierarchyRule(2));
        assertThat(new HeldSkills(twoLevels, learner).holds("digital-content")).isTrue();
        var none = world.index(new HierarchyRule(0));
        assertThat(new HeldSkills(none, learner).holds("programming")).isFalse();
    }

    @Test
    void credentialTeachingANarrowerSkillTeachesTheBroaderOne() {
        var index = world.index();
        assertThat(index.teachers("programming")).extracting(o -> o.id()).containsExactlyInAnyOrder("py", "prog");
        assertThat(index.teachers("python")).extracting(o -> o.id()).containsExactly("py");
    }

    @Test
    void priorLearningCountsAndExpiredCredentialsDoNot() {
        var index = world.index();
        var learner = new LearnerState("l", List.of(new Holding("old-git", World.TODAY.minusYears(3), null, true)),
                List.of(new LearnerState.PriorSkill("testing", "recognised")), List.of(), World.TODAY);
        var gap = SkillGap.of(index, GoalProfile.resolve(index, Goal.occupation("dev")), new HeldSkills(index, learner), 5);

        assertThat(gap.held()).extracting(SkillGap.HeldSkill::uri).containsExactly("testing");
        assertThat(gap.optionalGap()).extracting(SkillGap.MissingSkill::uri).containsExactly("git", "uml");
        assertThat(gap.essentialHeld()).isEqualTo(1);
        assertThat(gap.essentialCoverage()).isEqualTo(25.0);
    }

    @Test
    void listsTheCredentialsTeachingEachMissingSkillCheapestFirst() {
        var index = world.index();
        var gap = SkillGap.of(index, GoalProfile.resolve(index, Goal.occupation("dev")), new HeldSkills(index, World.nobody()), 1);
        var programming = gap.essentialGap().stream().filter(m -> m.uri().equals("programming")).findFirst().orElseThrow();
        assertThat(programming.teachingCredentials()).isEqualTo(2);
        assertThat(programming.taughtBy()).hasSize(1);
        assertThat(gap.optionalGap().stream().filter(m -> m.uri().equals("uml")).findFirst().orElseThrow().teachingCredentials()).isZero();
    }

    @Test
    void customProfilesAndCredentialGoalsResolveToSkills() {
        world.certificate("cert", world.allOf(world.cred("py"), world.kOf(1, world.cred("test"), world.cred("prog"))));
        var index = world.index();
        var custom = GoalProfile.resolve(index, Goal.skills(List.of("python", "testing"), List.of("python", "git")));
        assertThat(custom.essential()).containsExactly("python", "testing");
        assertThat(custom.optional()).containsExactly("git");
        var cert = GoalProfile.resolve(index, Goal.credential("cert"));
        assertThat(cert.essential()).containsExactly("python");
        assertThat(cert.optional()).containsExactlyInAnyOrder("testing", "programming");
    }

    @Test
    void refusesUnknownGoalsAndEmptyProfiles() {
        var index = world.occupation("empty", List.of(), List.of()).index();
        assertThatThrownBy(() -> GoalProfile.resolve(index, Goal.occupation("nope"))).isInstanceOf(UnknownGoalException.class);
        assertThatThrownBy(() -> GoalProfile.resolve(index, Goal.credential("nope"))).isInstanceOf(UnknownGoalException.class);
        assertThatThrownBy(() -> GoalProfile.resolve(index, Goal.skills(List.of("no-such-skill"), null)))
                .isInstanceOf(UnknownGoalException.class);
        assertThatThrownBy(() -> GoalProfile.resolve(index, Goal.occupation("empty"))).isInstanceOf(EmptyProfileException.class);
        assertThatThrownBy(() -> GoalProfile.resolve(index, Goal.skills(List.of(), List.of()))).isInstanceOf(EmptyProfileException.class);
    }
}
