package org.credpath.imports.coursera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credpath.support.EscoSkillLabels;
import org.credpath.imports.skills.LabelResolver;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.imports.skills.LabelResolver.Match;
import org.credpath.imports.skills.LabelResolver.Outcome;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Coursera catalog (../shared/data/coursera) mapped with its tags resolved against the full ESCO v1.1.1 skills. */
class CourseraMapperTests {

    static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
    static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    static final String STATISTICS = "http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833";
    static final String ETL = "http://data.europa.eu/esco/skill/9d0d89be-bffa-4393-b6f6-8d05bea49051";
    static final String ENTREPRENEURSHIP = "http://data.europa.eu/esco/skill/658605f2-1c95-49f0-bd98-0af7b15ad0b0";

    static LabelResolver resolver;
    static CourseraMapper.Mapping mapping;
    static Map<String, CredentialSpec> byId;

    @BeforeAll
    static void map() {
        var csv = SharedData.require("coursera/coursera_2024_partner_skills.csv");
        resolver = new LabelResolver(EscoSkillLabels.read(SharedData.require("esco-v1.1.1")));
        mapping = map(csv);
        byId = mapping.catalog().credentials().stream().collect(Collectors.toMap(CredentialSpec::id, Function.identity()));
    }

    static CourseraMapper.Mapping map(Path csv) {
        return CourseraCatalog.map(csv, resolver);
    }

    @Test
    void everyRowIsAnOfferingOfItsPartnerWithRepeatsMerged() {
        assertThat(mapping.rows()).isEqualTo(1139);
        assertThat(mapping.catalog().credentials()).hasSize(1114);
        // 180 partner spellings, three of them only a trailing or leading space apart
        assertThat(mapping.catalog().providers()).hasSize(177);
        Map<String, Long> kinds = mapping.catalog().credentials().stream()
                .collect(Collectors.groupingBy(c -> c.kind().value(), TreeMap::new, Collectors.counting()));
        assertThat(kinds).isEqualTo(Map.of("certificate", 546L, "course", 509L, "degree", 59L));
        assertThat(mapping.warnings()).anyMatch(w -> w.startsWith("25 row(s) repeat an offering"))
                .anyMatch(w -> w.startsWith("115 row(s) hold a review count or the listing's level, type and duration"))
                .anyMatch(w -> w.contains("line 1056: duration '15+ hours of study/wk per course'"));
    }

    @Test
    void aRepeatedOfferingTeachesWhatEveryRowTagsItWith() {
        var analytics = byId.get("coursera:google:google-data-analytics");

        assertThat(analytics.kind().value()).isEqualTo("certificate");
        assertThat(analytics.provider()).isEqualTo("coursera-partner:google");
        assertThat(analytics.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.skills()).contains(SQL, STATISTICS, ENTREPRENEURSHIP); // entrepreneurship is only on the repeat, line 224
            assertThat(o.statement()).contains("Tableau Software", "Business Development");
        });
    }

    @Test
    void theWorkloadIsTheStatedDurationAtTheAssumedWeeklyLoad() {
        var analytics = byId.get("coursera:google:google-data-analytics"); // 3 - 6 Months: 19.5 weeks at 6 h
        assertThat(analytics.durationWeeks()).isEqualTo(19.5);
        assertThat(analytics.ects()).isEqualTo(4.7);
        var weeks = byId.get("coursera:deeplearning-ai:generative-ai-for-everyone"); // 1 - 4 Weeks: 2.5 weeks at 6 h
        assertThat(weeks.ects()).isEqualTo(0.6);
        assertThat(mapping.catalog().credentials()).filteredOn(c -> c.ects() == null).hasSize(4);
        assertThat(mapping.catalog().credentials()).allMatch(c -> "online".equals(c.participation()) && "open".equals(c.access())
                && "en".equals(c.language()));
    }

    @Test
    void aTypeTheScrapePutInTheLevelColumnGivesTheKind() {
        // line 953: level "Degree", certificate type "None"
        assertThat(byId.get("coursera:louisiana-state-university:flores-master-of-business-administration").kind().value())
                .isEqualTo("degree");
    }

    @Test
    void tagsResolveToEscoSkillsAtTheStatedRate() {
        var tags = mapping.tags();

        assertThat(tags.distinct()).isEqualTo(333); // Extract, Transform, Load: one tag, not three
        assertThat(tags.distinct(Outcome.RESOLVED)).isEqualTo(88);
        assertThat(tags.distinct(Outcome.AMBIGUOUS)).isEqualTo(2); // Human Resources, Software Testing: several skills without their verb
        assertThat(tags.uses()).isEqualTo(12487);
        assertThat(tags.uses(Outcome.RESOLVED)).isEqualTo(4806);
        assertThat(tags.resolvedBy()).isEqualTo(Map.of(Match.PREFERRED_LABEL, 43, Match.ALT_LABEL, 16, Match.SPELLING_VARIANT, 3,
                Match.QUALIFIED_LABEL, 4, Match.WITHOUT_VERB, 22));
        assertThat(tags.resolution("Critical Thinking").match()).isEqualTo(Match.WITHOUT_VERB); // apply critical thinking: think critically
        assertThat(tags.resolution("Python Programming").skills()).containsExactly(PYTHON);
        assertThat(tags.resolution("Leadership and Management").outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(tags.lines(resolver).get(0)).startsWith("tag resolution against 13896 ESCO skills: 88 of 333 distinct tags resolved (26.4 %)")
                .contains("4806 of 12487 tag uses resolved (38.5 %)");
        // what the credentials teach: 868 of 1,114 offerings teach at least one of 84 ESCO skills
        assertThat(mapping.catalog().credentials()).filteredOn(c -> !c.outcomes().isEmpty()).hasSize(868);
        assertThat(mapping.catalog().credentials().stream().flatMap(c -> c.outcomes().stream()).flatMap(o -> o.skills().stream()).distinct())
                .hasSize(84);
    }

    @Test
    void aTagHoldingTheSeparatorIsOneTagWhereItIsASkillsLabel() {
        // "Extract, Transform, Load" is an alternative label of ESCO's data extraction, transformation and loading tools
        assertThat(CourseraMapper.tags("SQL, Extract, Transform, Load, Sales, Strategy", resolver))
                .containsExactly("SQL", "Extract, Transform, Load", "Sales", "Strategy");
        assertThat(tagsOf("coursera:google:google-data-analytics")).contains(ETL);
    }

    private static java.util.List<String> tagsOf(String credential) {
        return byId.get(credential).outcomes().stream().flatMap(o -> o.skills().stream()).toList();
    }

    @Test
    void aRowWithoutPartnerOrNameRefusesTheFileNamingLineAndField(@TempDir Path folder) throws IOException {
        var csv = folder.resolve("courses.csv");
        Files.writeString(csv, """
                partner,course,skills,rating,reviewcount,level,certificatetype,duration,crediteligibility
                Google,Google Data Analytics,"SQL, Data Analysis",4.8,100,Beginner, Professional Certificate, 3 - 6 Months,True
                ,Nameless Partner Course,SQL,,,, Course, 1 - 4 Weeks,False
                IBM,,"Python Programming",,,, Course, 1 - 4 Weeks,False
                """);

        assertThatThrownBy(() -> map(csv)).isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                .extracting(p -> p.path() + " " + p.message())
                .containsExactly("courses.csv: line 3, field partner is empty: every offering needs the partner that gives it",
                        "courses.csv: line 4, field course is empty: every offering needs a name"));
    }

    @Test
    void aFileWithoutTheSkillsColumnIsRefused(@TempDir Path folder) throws IOException {
        var csv = folder.resolve("courses.csv");
        Files.writeString(csv, "partner,course,certificatetype,duration\nGoogle,Google Data Analytics,Course,1 - 4 Weeks\n");

        assertThatThrownBy(() -> map(csv)).isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> assertThat(p.path() + " " + p.message())
                        .startsWith("courses.csv: line 1, field skills required column is missing")));
    }
}
