package org.credpath.catalog.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshotLoader.LinkRow;
import org.credpath.catalog.snapshot.CatalogSnapshotLoader.OfferingRow;
import org.credpath.labels.SkillTwins;
import org.credpath.labels.SkillTwins.Skill;
import org.credpath.recommend.engine.HierarchyRule;
import org.credpath.recommend.engine.SkillData;
import org.credpath.recommend.engine.SkillData.OccupationProfile;
import org.credpath.recommend.engine.SkillIndex;
import org.junit.jupiter.api.Test;

/** A knowledge link counted for its skill twin, as the snapshot loads a credential and the skill index explains it. */
class TwinInferenceTests {

    private static final SkillTwins TWINS = new SkillTwins(List.of(
            new Skill("k:mining", "data mining", List.of(), "knowledge"),
            new Skill("s:mining", "perform data mining", List.of(), "skill/competence"),
            new Skill("k:db", "database", List.of(), "knowledge"),
            new Skill("s:db", "use databases", List.of(), "skill/competence")), Set.of(),
            Map.of("k:mining", Set.of("o:analyst"), "s:mining", Set.of("o:analyst"), "k:db", Set.of("o:analyst"), "s:db", Set.of("o:analyst")));

    private static Offering course(TwinInference inference, LinkRow... links) {
        var skills = java.util.Arrays.stream(links).map(LinkRow::skill).distinct().toList();
        return new OfferingRow("c", "course", "Data Mining", "CS 6375", "CS", "utd", "US", 3.0, null, null, null, "en", null, null, null,
                skills, false, null, List.of(links)).offering(inference);
    }

    @Test
    void aKnowledgeLinkCountsForItsTwinWithItsConfidenceTimesTheFactorSayingWhy() {
        var offering = course(new TwinInference(TWINS, 0.9, 0.5), new LinkRow("k:mining", "extracted", 0.8, "Data Mining."));

        assertThat(offering.skills()).containsExactlyInAnyOrder("k:mining", "s:mining");
        var link = offering.link("s:mining");
        assertThat(link.source()).isEqualTo("inferred");
        assertThat(link.confidence()).as("rounded as the links it rests on").isEqualTo(0.72);
        assertThat(link.evidence()).isEqualTo("perform data mining inferred from data mining (ESCO: knowledge of it, the skill of doing it); data mining: Data Mining.");
        assertThat(offering.link("k:mining")).isEqualTo(new SkillLink("extracted", 0.8, "Data Mining."));
    }

    @Test
    void theSkillsOwnLinkIsNeverReplaced() {
        var offering = course(new TwinInference(TWINS, 1, 0.5), new LinkRow("k:mining", "extracted", 0.95, "Data Mining."),
                new LinkRow("s:mining", "extracted", 0.6, "mine the data"), new LinkRow("k:db", null, null, null));

        assertThat(offering.link("s:mining")).isEqualTo(new SkillLink("extracted", 0.6, "mine the data"));
        assertThat(offering.link("s:db")).as("a stated, unassessed knowledge link: weight 1")
                .isEqualTo(new SkillLink("inferred", 1.0, "use databases inferred from database (ESCO: knowledge of it, the skill of doing it)"));
    }

    @Test
    void anInferenceUnderTheThresholdCountsForNothingAndOffInfersNothing() {
        var weak = course(new TwinInference(TWINS, 0.6, 0.5), new LinkRow("k:mining", "extracted", 0.8, "Data Mining."));
        var off = course(TwinInference.OFF, new LinkRow("k:mining", "extracted", 0.8, "Data Mining."));

        assertThat(weak.skills()).containsExactly("k:mining"); // 0.48
        assertThat(off.skills()).containsExactly("k:mining");
        assertThat(off.links()).containsOnlyKeys("k:mining");
    }

    @Test
    void theSkillIndexCountsTheTwinAndExplainsItAsInferred() {
        var offering = course(new TwinInference(TWINS, 1, 0.5), new LinkRow("k:mining", "extracted", 0.8, "Data Mining."));
        var catalog = new CatalogSnapshot(Map.of("c", offering), Map.of(), Map.of(), Map.of());
        var index = new SkillIndex(catalog, new SkillData(Map.of("k:mining", "data mining", "s:mining", "perform data mining"), Map.of(),
                List.of(new OccupationProfile("o:analyst", "data analyst", List.of("s:mining"), List.of())), Map.of()), HierarchyRule.DEFAULT);

        assertThat(index.teachers("s:mining")).extracting(Offering::id).containsExactly("c");
        var taught = index.taught(offering, "s:mining");
        assertThat(taught.source()).isEqualTo("inferred");
        assertThat(taught.confidence()).isEqualTo(0.8);
        assertThat(taught.evidence()).startsWith("perform data mining inferred from data mining (ESCO: knowledge of it, the skill of doing it)");
        assertThat(index.weight(offering, "s:mining")).isEqualTo(0.8);
    }
}
