package org.credpath.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.credpath.labels.SkillTwins.Skill;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.Test;

class SkillTwinsTests {

    private static final String K = "knowledge";
    private static final String S = SkillTwins.COMPETENCE;
    private static final int PAIRS_ON_ESCO_1_1_1 = 142;

    @Test
    void aSkillIsTheTwinOfTheKnowledgeItsLabelNamesAfterTheVerb() {
        var twins = new SkillTwins(List.of(
                new Skill("k:mining", "data mining", List.of(), K),
                new Skill("s:mining", "perform data mining", List.of(), S),
                new Skill("k:db", "database", List.of("databases"), K),
                new Skill("s:db", "use databases", List.of(), S),
                new Skill("s:words", "perform data analysis", List.of(), S)), Set.of(),
                needs(Map.of("o:analyst", List.of("k:mining", "s:mining", "k:db", "s:db"))));

        assertThat(twins.skillsOf("k:mining")).containsExactly("s:mining");
        assertThat(twins.skillsOf("k:db")).as("plural read as singular").containsExactly("s:db");
        assertThat(twins.pairs()).isEqualTo(2);
        assertThat(twins.skillsOf("s:mining")).as("a skill is no knowledge").isEmpty();
    }

    @Test
    void anAlternativeLabelMakesATwinOnlyWhereEscoRelatesThemAndNoPreferredLabelNamesIt() {
        var concepts = List.of(
                new Skill("k:hair", "hair", List.of("locks"), K),
                new Skill("k:locking", "locking mechanisms", List.of("locks"), K),
                new Skill("s:locks", "install locks", List.of(), S),
                new Skill("k:stats", "statistics", List.of("data"), K),
                new Skill("k:data", "data", List.of(), K),
                new Skill("s:manage", "manage data", List.of(), S));
        var twins = new SkillTwins(concepts, Set.of(SkillTwins.relation("s:locks", "k:locking"), SkillTwins.relation("k:stats", "s:manage")),
                needs(Map.of("o:locksmith", List.of("k:locking", "s:locks", "k:hair"), "o:clerk", List.of("k:stats", "k:data", "s:manage"))));

        assertThat(twins.skillsOf("k:locking")).containsExactly("s:locks");
        assertThat(twins.skillsOf("k:hair")).as("alternative label, not related").isEmpty();
        assertThat(twins.skillsOf("k:data")).as("the preferred label decides").containsExactly("s:manage");
        assertThat(twins.skillsOf("k:stats")).isEmpty();
    }

    @Test
    void aOneWordSkillOrAKnowledgeLabelWithAVerbIsNoTwin() {
        var twins = new SkillTwins(List.of(new Skill("s:one", "mining", List.of(), S), new Skill("k:mining", "mining", List.of(), K),
                new Skill("k:perform", "perform data mining", List.of(), K), new Skill("k:data", "data mining", List.of(), K)), Set.of(),
                needs(Map.of("o:miner", List.of("s:one", "k:mining", "k:perform", "k:data"))));

        assertThat(twins.pairs()).isZero();
    }

    @Test
    void aTwinIsRequiredByAtLeastAThirdOfTheOccupationsThatRequireTheKnowledge() {
        var concepts = List.of(new Skill("k:psy", "psychology", List.of(), K), new Skill("s:teach", "teach psychology", List.of(), S),
                new Skill("k:db", "database", List.of(), K), new Skill("s:db", "use databases", List.of(), S));
        var twins = new SkillTwins(concepts, Set.of(), needs(Map.of("o:lecturer", List.of("k:psy", "s:teach"), "o:nurse", List.of("k:psy"),
                "o:hr", List.of("k:psy"), "o:coach", List.of("k:psy"), "o:dba", List.of("k:db", "s:db"), "o:dev", List.of("k:db"),
                "o:analyst", List.of("k:db"))));

        assertThat(twins.skillsOf("k:psy")).as("1 of 4").isEmpty();
        assertThat(twins.skillsOf("k:db")).as("1 of 3").containsExactly("s:db");
        assertThat(new SkillTwins(concepts, Set.of(), Map.of()).pairs()).as("no occupation needs them").isZero();
    }

    /** Per skill, the occupations requiring it, from per occupation its skills. */
    private static Map<String, Set<String>> needs(Map<String, List<String>> skillsOf) {
        var needs = new HashMap<String, Set<String>>();
        skillsOf.forEach((occupation, skills) -> skills.forEach(s -> needs.computeIfAbsent(s, k -> new HashSet<>()).add(occupation)));
        return needs;
    }

    @Test
    void onTheRealEscoTheTwinsOfTheDataAnalystsSkillsAreFound() throws IOException {
        var concepts = new ArrayList<Skill>();
        var uris = new HashMap<String, String>();
        try (Reader in = Files.newBufferedReader(SharedData.require("esco-v1.1.1/skills_en.csv"))) {
            for (var row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                var alts = row.get("altLabels").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                concepts.add(new Skill(row.get("conceptUri"), row.get("preferredLabel"), alts, row.get("skillType")));
                uris.put(row.get("preferredLabel"), row.get("conceptUri"));
            }
        }
        var related = new HashSet<String>();
        try (Reader in = Files.newBufferedReader(SharedData.require("esco-v1.1.1/skillSkillRelations.csv"))) {
            for (var row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                related.add(SkillTwins.relation(row.get("originalSkillUri"), row.get("relatedSkillUri")));
            }
        }
        var occupations = new HashMap<String, Set<String>>();
        try (Reader in = Files.newBufferedReader(SharedData.require("esco-v1.1.1/occupationSkillRelations.csv"))) {
            for (var row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                occupations.computeIfAbsent(row.get("skillUri"), k -> new HashSet<>()).add(row.get("occupationUri"));
            }
        }
        var twins = new SkillTwins(concepts, related, occupations);
        Map<String, String> labels = new HashMap<>();
        uris.forEach((label, uri) -> labels.put(uri, label));

        assertThat(twins.skillsOf(uris.get("data mining"))).extracting(labels::get).contains("perform data mining");
        assertThat(twins.skillsOf(uris.get("database"))).extracting(labels::get).contains("use databases");
        assertThat(twins.skillsOf(uris.get("geographic information systems"))).extracting(labels::get)
                .containsExactly("use geographic information systems"); // not handle geospatial technologies: 2 of 52 occupations
        assertThat(twins.skillsOf(uris.get("psychology"))).as("teach psychology: 1 of 55 occupations").isEmpty();
        assertThat(twins.skillsOf(uris.get("mathematics"))).as("teach mathematics: 4 of 166").isEmpty();
        assertThat(twins.skillsOf(uris.get("statistics"))).as("'data' is an alternative label of statistics, not related to manage data")
                .extracting(labels::get).doesNotContain("manage data", "normalise data");
        assertThat(twins.pairs()).isEqualTo(PAIRS_ON_ESCO_1_1_1); // docs/skill-matching.md, "Knowledge implies the skill (twins)"
    }
}
