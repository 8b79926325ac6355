package org.credpath.imports.ctdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.credpath.catalog.CatalogChanged;
import org.credpath.catalog.ImportReport;
import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importers;
import org.credpath.support.GraphCounts;
import org.credpath.support.IntegrationTest;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Imports every valid CTDL example of ../shared/data/ctdl-pathways, as one folder, into the shared test
 * database, checks exactly what it creates, imports it again, refuses the malformed examples, and removes
 * what it imported afterwards (other tests read the seeded catalog).
 */
@IntegrationTest
class CtdlImportIT {

    /** The example files that are not valid JSON. */
    static final Set<String> MALFORMED = Set.of(
            "PathwaysConditionsAndConstraints/Pathway-Examples/Fluree Pathway.json",
            "PathwaysConditionsAndConstraints/Pathway-Examples/Kansas/HutchinsonWeldingAAS.json",
            "PathwaysConditionsAndConstraints/Pathway-Examples/PathwayBuilder/Constraints-API.json",
            "PathwaysConditionsAndConstraints/Pathway-Examples/PathwayBuilder/Constraints-CTDL.json",
            "PathwaysConditionsAndConstraints/Pathway-Examples/UseCaseExamples/UC26.jsonld");

    private static Path valid;
    private static Imported imported;
    private static Driver sharedDriver;
    private static ApplicationEventPublisher sharedEvents;

    private record Imported(Map<String, Long> before, Map<String, Long> after, ImportReport report) {
    }

    @Autowired
    Importers importers;
    @Autowired
    Driver driver;
    @Autowired
    ApplicationEventPublisher events;

    /** Every valid example, copied with its folders to a temporary folder, imported once whichever test comes first. */
    private synchronized Imported imported() throws IOException {
        var examples = SharedData.require("ctdl-pathways");
        if (imported == null) {
            sharedDriver = driver;
            sharedEvents = events;
            valid = Files.createTempDirectory("credpath-ctdl-valid-");
            try (Stream<Path> files = Files.walk(examples)) {
                for (var file : files.filter(Files::isRegularFile).toList()) {
                    var name = examples.relativize(file).toString().replace('\\', '/');
                    if (!MALFORMED.contains(name)) {
                        var target = valid.resolve(name);
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
            var before = GraphCounts.of(driver);
            var report = importers.run("ctdl", valid, ImportProgress.NONE);
            imported = new Imported(before, GraphCounts.of(driver), report);
        }
        return imported;
    }

    @AfterAll
    static void removeImported() throws IOException {
        if (sharedDriver == null) {
            return;
        }
        sharedDriver.executableQuery("""
                MATCH (p:Provider) WHERE p.id IN $providers
                MATCH (c:Credential)-[:OFFERED_BY]->(p)
                OPTIONAL MATCH (c)-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(:Requirement)-[:OPTION*0..]->(r:Requirement)
                DETACH DELETE r, c""").withParameters(Map.of("providers", List.copyOf(PROVIDERS))).execute();
        sharedDriver.executableQuery("MATCH (p:Provider) WHERE p.id IN $providers DETACH DELETE p")
                .withParameters(Map.of("providers", List.copyOf(PROVIDERS))).execute();
        sharedEvents.publishEvent(new CatalogChanged("CtdlImportIT cleanup"));
        if (valid != null) {
            try (Stream<Path> files = Files.walk(valid)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    static final Set<String> PROVIDERS = Set.of("ctdl-unstated-owner", "ce-186fbc60-47e3-4616-b160-72cac9e78f54",
            "ce-12ccd14d-3b90-4e36-bc1b-88c3231e2610");

    @Test
    void importsEveryValidExampleWithTheStatedCounts() throws IOException {
        var run = imported();

        var added = GraphCounts.delta(run.before(), run.after());
        // the sources state no skill: 22 credentials get an outcome <id>#description with the seed skills (88) the
        // matcher finds in their title (read as a course title) and description, 33 extracted links at 0.3 or more once
        // calibrated (CourseLinkCalibration with the sense check; 49 links of 33 credentials before it)
        assertThat(added).isEqualTo(Map.ofEntries(
                Map.entry(":Provider", 3L), Map.entry(":Credential", 268L), Map.entry(":Course", 78L), Map.entry(":Badge", 177L),
                Map.entry(":Certificate", 12L), Map.entry(":Degree", 1L), Map.entry(":Requirement", 233L),
                Map.entry("[OFFERED_BY]", 268L), Map.entry("[HAS_REQUIREMENT]", 29L), Map.entry("[HAS_PREREQUISITE]", 6L),
                Map.entry("[OPTION]", 757L), Map.entry(":LearningOutcome", 22L), Map.entry("[HAS_OUTCOME]", 22L),
                Map.entry("[ALIGNS_TO]", 33L), Map.entry("properties", 2715L)));
        assertThat(query("""
                MATCH (c:Credential)-[:OFFERED_BY]->(p:Provider) WHERE p.id IN $providers
                MATCH (c)-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(:Requirement)-[:OPTION*0..]->(r:Requirement)
                RETURN r.kind AS key, count(DISTINCT r) AS n""")).isEqualTo(Map.of(
                "ALL_OF", 126L, "AT_LEAST_K_OF", 99L, "CONDITION", 6L, "UNRESOLVED", 2L));
        assertThat(query("""
                MATCH (c:Credential)-[:OFFERED_BY]->(p:Provider) WHERE p.id IN $providers
                MATCH (c)-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(:Requirement)-[:OPTION*0..]->(:Requirement)-[o:OPTION]->(child)
                RETURN labels(child)[0] AS key, count(DISTINCT o) AS n""")).isEqualTo(Map.of("Credential", 559L, "Requirement", 198L));
        assertThat(query("""
                MATCH (c:Credential)-[:OFFERED_BY]->(p:Provider) WHERE p.id IN $providers RETURN p.id AS key, count(c) AS n"""))
                .isEqualTo(Map.of("ctdl-unstated-owner", 230L, "ce-186fbc60-47e3-4616-b160-72cac9e78f54", 8L,
                        "ce-12ccd14d-3b90-4e36-bc1b-88c3231e2610", 30L));

        var report = run.report();
        assertThat(report.format()).isEqualTo("ctdl");
        assertThat(report.entries()).containsExactly(
                Map.entry("providers", new ImportReport.Counts(3, 0, 0)),
                Map.entry("certificates", new ImportReport.Counts(12, 0, 0)),
                Map.entry("courses", new ImportReport.Counts(78, 0, 0)),
                Map.entry("badges", new ImportReport.Counts(177, 0, 0)),
                Map.entry("degrees", new ImportReport.Counts(1, 0, 0)));
        assertThat(report.warnings()).hasSize(28);
        assertThat(report.warnings().get(1)).isEqualTo("skills from text: 22 of 268 credentials teach at least one skill (0 by what the source states)");
        assertThat(report.warnings().get(0)).isEqualTo("read 23 JSON-LD file(s) (13 other file(s) left alone): 9 pathway(s) "
                + "(8 with a credential as destination), 268 component(s) stored as credentials, 91 group component(s) inlined "
                + "as rule groups, 143 condition(s); kept 6 condition leaves and 2 unresolved references; 0 reference(s) to "
                + "credentials already stored; 0 precedes link(s) kept as a suggested order, 11 not between credentials left "
                + "out; 26 credit value(s) without a unit read as US semester credit hours, 0 in a unit with no ECTS equivalent");
        assertThat(report.warnings()).contains(
                "PathwaysConditionsAndConstraints/Pathway-Examples/Illinois-IT.json: terms that are not CTDL pathway vocabulary, "
                        + "not read: hasRoot, source",
                "PathwaysConditionsAndConstraints/Pathway-Examples/HeriotWatt/vcred.json: holds no CTDL pathway, pathway "
                        + "component or condition; nothing imported from it");
    }

    @Test
    void keepsTheRealRuleTreesCreditsAndOwners() throws IOException {
        imported();
        try (var session = driver.session()) {
            // the CompTIA stack: each certification needs the one below it (1 of 1), owned by CompTIA's organisation
            var cloud = session.run("""
                    MATCH (c:Credential:Certificate {id: 'ce-1369d357-ac4f-49f9-8af2-c47376278896'})-[:OFFERED_BY]->(p:Provider)
                    MATCH (c)-[:HAS_REQUIREMENT]->(:Requirement)-[:OPTION]->(next:Credential)
                    RETURN c.title AS title, p.id AS provider, next.title AS next""").single();
            assertThat(cloud.get("title").asString()).isEqualTo("CompTIA Cloud+");
            assertThat(cloud.get("provider").asString()).isEqualTo("ce-186fbc60-47e3-4616-b160-72cac9e78f54");
            assertThat(cloud.get("next").asString()).isEqualTo("CompTIA Server+");
            // Heriot-Watt: SCQF credits from the course the component stands for; 15 SCQF = 7.5 ECTS, source value kept
            var course = session.run("""
                    MATCH (c:Course {id: 'http://example.org/resources/13bcff97-0fd9-4a2d-81d6-98177333581b'})
                    RETURN c.title AS title, c.code AS code, c.ects AS ects, c.sourceCredits AS credits, c.sourceCreditUnit AS unit""")
                    .single();
            assertThat(course.get("title").asString()).isEqualTo("Logic and Proof");
            assertThat(course.get("ects").asDouble()).isEqualTo(7.5);
            assertThat(course.get("credits").asDouble()).isEqualTo(15.0);
            assertThat(course.get("unit").asString()).isEqualTo("http://example.edu/scqf/credits/");
            // Bakersfield: an explicit prerequisite of two courses; 4 unit-less credits read as semester hours
            var physics = session.run("""
                    MATCH (c:Course {id: 'http://examplePathways.org/paths/3c52c752-52e0-4de8-a316-5ff4f4655e73'})
                    MATCH (c)-[:HAS_PREREQUISITE]->(root:Requirement {kind: 'ALL_OF'})-[:OPTION]->(before:Credential)
                    RETURN c.ects AS ects, c.creditHours AS hours, collect(before.title) AS before""").single();
            assertThat(physics.get("ects").asDouble()).isEqualTo(8.0);
            assertThat(physics.get("hours").asDouble()).isEqualTo(4.0);
            assertThat(physics.get("before").asList(v -> v.asString()))
                    .containsExactlyInAnyOrder("Analytic Geometry/Calculus II", "Mechanics and Wave Motion");
        }
    }

    @Test
    void importingTheExamplesAgainChangesNothing() throws IOException {
        var run = imported();

        var again = importers.run("ctdl", valid, ImportProgress.NONE);

        assertThat(GraphCounts.of(driver)).isEqualTo(run.after());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.entries()).isEqualTo(Map.of(
                "providers", new ImportReport.Counts(0, 0, 3),
                "certificates", new ImportReport.Counts(0, 0, 12),
                "courses", new ImportReport.Counts(0, 0, 78),
                "badges", new ImportReport.Counts(0, 0, 177),
                "degrees", new ImportReport.Counts(0, 0, 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PathwaysConditionsAndConstraints/Pathway-Examples/Fluree Pathway.json|line 31, column 1|"
                    + "more content after the end of the JSON document",
            "PathwaysConditionsAndConstraints/Pathway-Examples/Kansas/HutchinsonWeldingAAS.json|line 21, column 1|"
                    + "more content after the end of the JSON document",
            "PathwaysConditionsAndConstraints/Pathway-Examples/PathwayBuilder/Constraints-API.json|line 110, column 2|"
                    + "Unexpected character (']' (code 93)): expected a value",
            "PathwaysConditionsAndConstraints/Pathway-Examples/PathwayBuilder/Constraints-CTDL.json|line 58, column 8|"
                    + "Unexpected character (']' (code 93)): expected a value",
            "PathwaysConditionsAndConstraints/Pathway-Examples/UseCaseExamples/UC26.jsonld|line 8, column 2|"
                    + "Unexpected character (',' (code 44)): expected a value"})
    void refusesEachMalformedExampleWithFileLineAndColumn(String name, String position, String message) {
        var file = SharedData.require("ctdl-pathways").resolve(name);
        var before = GraphCounts.of(driver);

        assertThatThrownBy(() -> importers.run("ctdl", file, ImportProgress.NONE))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo(file.getFileName() + ": " + position);
                            assertThat(p.message()).startsWith("not valid JSON: " + message);
                        }));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void refusesTheWholeExampleFolderBecauseOfItsMalformedFiles() {
        var examples = SharedData.require("ctdl-pathways");
        var before = GraphCounts.of(driver);

        assertThatThrownBy(() -> importers.run("ctdl", examples, ImportProgress.NONE))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::path).containsExactly(
                                "PathwaysConditionsAndConstraints/Pathway-Examples/Fluree Pathway.json: line 31, column 1",
                                "PathwaysConditionsAndConstraints/Pathway-Examples/Kansas/HutchinsonWeldingAAS.json: line 21, column 1",
                                "PathwaysConditionsAndConstraints/Pathway-Examples/PathwayBuilder/Constraints-API.json: line 110, column 2",
                                "PathwaysConditionsAndConstraints/Pathway-Examples/PathwayBuilder/Constraints-CTDL.json: line 58, column 8",
                                "PathwaysConditionsAndConstraints/Pathway-Examples/UseCaseExamples/UC26.jsonld: line 8, column 2"));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    private Map<String, Long> query(String cypher) {
        var result = new TreeMap<String, Long>();
        try (var session = driver.session()) {
            session.run(cypher, Map.of("providers", List.copyOf(PROVIDERS)))
                    .forEachRemaining(r -> result.put(r.get("key").asString(), r.get("n").asLong()));
        }
        return result;
    }
}
