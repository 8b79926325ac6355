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
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credpath.labels.SkillTwins.Skill;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.Test;

class SkillTwinsTests {

    private static final String K = "knowledge";
    private static final String S = SkillTwins.COMPETENCE;
    private static final int PAIRS_ON_ESCO_1_1_1 = 80; // 142 before the groups of work on objects were left out

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
    void aSkillEscoPutsUnderWorkOnPhysicalThingsIsNoTwin() {
        var concepts = List.of(
                new Skill("k:sensors", "sensors", List.of(), K),
                new Skill("s:assemble", "assemble sensors", List.of(), S, Set.of("S6.5.1", "S6.5", "S6")),
                new Skill("s:test", "test sensors", List.of(), S, Set.of("S7.1", "S7")),
                new Skill("s:maintain", "maintain sensors", List.of(), S, Set.of("S2.8", "S8.8")),
                new Skill("s:design", "design sensors", List.of(), S, Set.of("S1.11")),
                new Skill("s:use", "use sensors", List.of(), S));
        var twins = new SkillTwins(concepts, Set.of(), needs(Map.of("o:engineer",
                List.of("k:sensors", "s:assemble", "s:test", "s:maintain", "s:design", "s:use"))));

        assertThat(twins.skillsOf("k:sensors")).as("S6, S7, S8 at any depth and beside other groups go; other groups and unknown stay")
                .containsExactlyInAnyOrder("s:design", "s:use");
    }

    /** ESCO v1.1.1 read from ../shared/data: the twins with the skills' groups, and the labels by URI. */
    private static final class RealEsco {

        final Map<String, String> uris = new HashMap<>();
        final Map<String, String> labels = new HashMap<>();
        final SkillTwins twins;

        RealEsco() throws IOException {
            var rows = new ArrayList<CSVRecord>();
            read("esco-v1.1.1/skills_en.csv", rows::add);
            var broader = new HashMap<String, Set<String>>();
            read("esco-v1.1.1/broaderRelationsSkillPillar.csv", row -> broader.computeIfAbsent(row.get("conceptUri"), k -> new HashSet<>())
                    .add(row.get("broaderUri")));
            var codes = new HashMap<String, String>();
            read("esco-v1.1.1/skillGroups_en.csv", row -> codes.put(row.get("conceptUri"), row.get("code")));
            read("esco-v1.1.1/skillsHierarchy_en.csv", row -> { // 7 top groups are named only here
                for (var level = 0; level < 4 && row.isSet("Level " + level + " code"); level++) { // short rows end early
                    codes.putIfAbsent(row.get("Level " + level + " URI"), row.get("Level " + level + " code"));
                }
            });
            var concepts = new ArrayList<Skill>();
            for (var row : rows) {
                var alts = row.get("altLabels").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                var groups = new HashSet<String>();
                above(row.get("conceptUri"), broader, new HashSet<>()).stream().filter(codes::containsKey).map(codes::get)
                        .filter(c -> !c.isEmpty()).forEach(groups::add);
                concepts.add(new Skill(row.get("conceptUri"), row.get("preferredLabel"), alts, row.get("skillType"), groups));
                uris.put(row.get("preferredLabel"), row.get("conceptUri"));
                labels.put(row.get("conceptUri"), row.get("preferredLabel"));
            }
            var related = new HashSet<String>();
            read("esco-v1.1.1/skillSkillRelations.csv", row -> related.add(SkillTwins.relation(row.get("originalSkillUri"), row.get("relatedSkillUri"))));
            var occupations = new HashMap<String, Set<String>>();
            read("esco-v1.1.1/occupationSkillRelations.csv", row -> occupations.computeIfAbsent(row.get("skillUri"), k -> new HashSet<>())
                    .add(row.get("occupationUri")));
            twins = new SkillTwins(concepts, related, occupations);
        }

        List<String> twinsOf(String knowledge) {
            return twins.skillsOf(uris.get(knowledge)).stream().map(labels::get).toList();
        }

        private static Set<String> above(String uri, Map<String, Set<String>> broader, Set<String> seen) {
            for (var b : broader.getOrDefault(uri, Set.of())) {
                if (seen.add(b)) {
                    above(b, broader, seen);
                }
            }
            return seen;
        }

        private static void read(String file, Consumer<CSVRecord> each) throws IOException {
            try (Reader in = Files.newBufferedReader(SharedData.require(file))) {
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).forEach(each);
            }
        }
    }

    @Test
    void onTheRealEscoTheTwinsOfTheDataAnalystsSkillsAreFound() throws IOException {
        var esco = new RealEsco();

        assertThat(esco.twinsOf("data mining")).contains("perform data mining");
        assertThat(esco.twinsOf("database")).contains("use databases");
        assertThat(esco.twinsOf("geographic information systems"))
                .containsExactly("use geographic information systems"); // not handle geospatial technologies: 2 of 52 occupations
        assertThat(esco.twinsOf("psychology")).as("teach psychology: 1 of 55 occupations").isEmpty();
        assertThat(esco.twinsOf("mathematics")).as("teach mathematics: 4 of 166").isEmpty();
        assertThat(esco.twinsOf("statistics")).as("'data' is an alternative label of statistics, not related to manage data")
                .doesNotContain("manage data", "normalise data");
        assertThat(esco.twins.pairs()).isEqualTo(PAIRS_ON_ESCO_1_1_1); // docs/skill-matching.md, "Knowledge implies the skill (twins)"
    }

    @Test
    void onTheRealEscoThePracticesStayAndTheWorkStepsOnAnObjectGo() throws IOException {
        var esco = new RealEsco();

        // judged right in the first blind sample (docs/skill-links-twins-consensus.csv): ESCO's groups S2, S4, S5, S1.11
        assertThat(esco.twinsOf("database")).containsExactlyInAnyOrder("use databases", "manage database");
        assertThat(esco.twinsOf("data mining")).containsExactly("perform data mining");
        assertThat(esco.twinsOf("project management")).containsExactly("perform project management");
        assertThat(esco.twinsOf("financial statements")).containsExactly("interpret financial statements");
        assertThat(esco.twinsOf("control systems")).containsExactly("design control systems");
        // judged wrong or partly there: assembling (S6.5), "building and repairing structures" (S7.1), repairing equipment (S8.8)
        assertThat(esco.twinsOf("sensors")).as("assemble sensors (S6.5), test sensors (S7.1)").isEmpty();
        assertThat(esco.twinsOf("medical devices")).as("maintain (S8.8), test medical devices (S6.5)").isEmpty();
        assertThat(esco.twinsOf("hearing aids")).as("repair (S6.5) and adjust (S8.6) go; recommend (S1.5, advising) stays")
                .containsExactly("recommend hearing aids");
        assertThat(esco.twinsOf("laboratory equipment")).as("maintain, use, calibrate laboratory equipment: all S8").isEmpty();
    }
}
