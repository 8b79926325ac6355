package org.credpath.imports.utdallas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.credpath.CredpathApplication;
import org.credpath.catalog.ImportReport;
import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.imports.Importer;
import org.credpath.support.GraphCounts;
import org.credpath.support.Http;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports the real UT Dallas catalog (../shared/data/utdallas: 3,450 courses, 27 degree files) into a
 * fresh in-process Neo4j of its own, not the shared test database whose seeded catalog other tests use.
 */
class UtdallasImportIT {

    private static Neo4j neo4j;
    private static ConfigurableApplicationContext app;
    private static Importer importer;
    private static Driver driver;
    private static RealImport real;

    /** The graph before and after the first import of the real data, and what the importer reported. */
    private record RealImport(Map<String, Long> before, Map<String, Long> after, ImportReport report, List<String> steps) {
    }

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        app = new SpringApplicationBuilder(CredpathApplication.class)
                .run("--spring.neo4j.uri=" + neo4j.boltURI(), "--server.port=0", "--credpath.seed.enabled=false");
        importer = app.getBeansOfType(Importer.class).values().stream().filter(i -> i.format().equals("utdallas"))
                .findFirst().orElseThrow();
        driver = app.getBean(Driver.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    /** Imports the real data once, on first use, whichever test comes first. */
    private static synchronized RealImport real() {
        var source = SharedData.require("utdallas");
        if (real == null) {
            var before = GraphCounts.of(driver);
            var steps = new ArrayList<String>();
            var report = importer.importFrom(source, (what, done, total) -> steps.add(what + " " + done + "/" + total));
            real = new RealImport(before, GraphCounts.of(driver), report, steps);
        }
        return real;
    }

    @Test
    void importsTheRealCoursesAndDegreesWithTheStatedCounts() {
        var imported = real();

        var added = new TreeMap<String, Long>();
        imported.after().forEach((key, n) -> {
            long delta = n - imported.before().getOrDefault(key, 0L);
            if (delta != 0 && !key.equals("properties")) {
                added.put(key, delta);
            }
        });
        assertThat(added).isEqualTo(Map.of(
                ":Provider", 1L, ":Credential", 3477L, ":Course", 3450L, ":Degree", 27L, ":Requirement", 3499L,
                "[OFFERED_BY]", 3477L, "[HAS_PREREQUISITE]", 1809L, "[HAS_REQUIREMENT]", 27L, "[OPTION]", 6512L,
                "[SAME_AS]", 1088L));
        assertThat(query("MATCH (r:Requirement) RETURN r.kind AS key, count(*) AS n")).isEqualTo(Map.of(
                "ALL_OF", 1282L, "AT_LEAST_K_OF", 1151L, "AT_LEAST_CREDITS", 60L, "FILTER", 40L,
                "CONDITION", 677L, "UNRESOLVED", 289L));
        assertThat(query("MATCH (:Requirement)-[o:OPTION]->(c) RETURN labels(c)[0] AS key, count(*) AS n"))
                .isEqualTo(Map.of("Requirement", 1663L, "Credential", 4849L));

        var report = imported.report();
        assertThat(report.format()).isEqualTo("utdallas");
        assertThat(report.entries()).isEqualTo(Map.of(
                "providers", new ImportReport.Counts(1, 0, 0),
                "courses", new ImportReport.Counts(3450, 0, 0),
                "degrees", new ImportReport.Counts(27, 0, 0),
                "corequisite lists", new ImportReport.Counts(0, 0, 829)));
        assertThat(report.warnings().get(0)).isEqualTo("kept 677 non-course conditions and 289 unresolved references "
                + "(263 courses, 26 imports) as rule leaves; 21 courses state no credit hours; 253 have variable hours "
                + "(counted at their minimum); 802 are cross-listed ('Same as ...', or the same title and text under other subjects' codes: "
                + "one course under several codes, counted once)");
        assertThat(report.warnings()).hasSize(325)
                .contains("degree_data/2023/Computer Science(BS).json: $.requirements.core: '@import ./core.json': "
                        + "degree_data/2023/core.json is not in the source, kept as UNRESOLVED");
        assertThat(imported.steps()).contains("reading files 28/28", "mapping courses 3450/3450", "mapping degrees 27/27",
                "writing 1/1");
    }

    @Test
    void importingTheSameSourceAgainChangesNothing() {
        var imported = real();
        var source = SharedData.require("utdallas");

        var again = importer.importFrom(source, (what, done, total) -> { });
        System.out.printf("UT Dallas import: first load %d ms, the same source again %d ms%n",
                imported.report().took().toMillis(), again.took().toMillis());
        var degreeAlone = importer.importFrom(source.resolve("degree_data/2023/Computer Science(BS).json"), (what, done, total) -> { });

        assertThat(GraphCounts.of(driver)).isEqualTo(imported.after());
        assertThat(again.entries().get("courses")).isEqualTo(new ImportReport.Counts(0, 0, 3450));
        assertThat(again.entries().get("degrees")).isEqualTo(new ImportReport.Counts(0, 0, 27));
        // a degree file alone resolves its courses against the stored ones, to the same tree; only the reason of its
        // unresolved '@import ./core.json' leaf now names core.json relative to the file's own folder, an update
        assertThat(degreeAlone.entries().get("degrees")).isEqualTo(new ImportReport.Counts(0, 1, 0));
    }

    static final String CS = "utd-degree-2023-computer-science-bs";
    static final String CS_2022 = "utd-degree-2022-computer-science-bs";

    @Test
    void programmesInBothCatalogYearsAreVersionsOfOneProgrammeAndALearnerFollowsTheYearTheyStarted() {
        real();
        // the 8 programmes with files in 2022 and 2023: the 2022 rules are a catalog year of the 2023 degree
        var versions = query("MATCH (d:Degree) WHERE d.catalogYearOf <> d.id "
                + "RETURN d.id + ' -> ' + d.catalogYearOf + ' ' + toString(d.effective) AS key, 1 AS n").keySet();
        assertThat(versions).hasSize(8).contains(CS_2022 + " -> " + CS + " 2022-08-01")
                .allSatisfy(v -> assertThat(v).matches("utd-degree-2022-(.+) -> utd-degree-2023-\\1 2022-08-01"));
        assertThat(query("MATCH (d:Degree) WHERE d.catalogYearOf = d.id RETURN toString(d.effective) AS key, count(*) AS n"))
                .isEqualTo(Map.of("2022-08-01", 11L, "2023-08-01", 8L)); // every degree states when its rules took effect

        // the 2022 rules name CS 1136 and CS 1336, the 2023 rules CS 1436 (not in the course catalog) instead
        var learner = "utd-years-learner";
        driver.executableQuery("""
                MATCH (a:Credential {id: 'utd-CS-1136'}), (b:Credential {id: 'utd-CS-1336'})
                CREATE (l:Learner {id: $id})
                CREATE (l)-[:EARNED {date: date('2022-12-15'), grade: 'A', verified: true}]->(a)
                CREATE (l)-[:EARNED {date: date('2022-12-15'), grade: 'A', verified: true}]->(b)""")
                .withParameters(Map.of("id", learner)).execute();
        try {
            var http = new Http(app.getEnvironment().getProperty("local.server.port", Integer.class));
            var started = http.put("/api/learners/" + learner + "/programmes/" + CS, "application/json", "{\"start\": \"2022-08-22\"}");
            assertThat(started.status()).as(started.text()).isEqualTo(200);
            assertThat(started.json().path("rules").asString()).isEqualTo(CS_2022);
            var audit2022 = http.json("/api/learners/" + learner + "/audit/" + CS);
            assertThat(audit2022.path("catalogYear").path("rules").asString()).isEqualTo(CS_2022);
            assertThat(metNamedLeaves(audit2022.path("tree"))).containsExactlyInAnyOrder("utd-CS-1136", "utd-CS-1336");

            http.put("/api/learners/" + learner + "/programmes/" + CS, "application/json", "{\"start\": \"2023-08-21\"}");
            var audit2023 = http.json("/api/learners/" + learner + "/audit/" + CS);
            assertThat(audit2023.path("catalogYear").path("rules").asString()).isEqualTo(CS);
            assertThat(audit2023.path("tree").toString()).doesNotContain("\"credential\":\"utd-CS-1136\"");
            assertThat(metNamedLeaves(audit2023.path("tree"))).isEmpty();
            var listed = new ArrayList<String>();
            http.json("/api/learners/" + learner + "/stacking").forEach(o -> listed.add(o.path("credential").asString()));
            assertThat(listed).noneMatch(id -> id.startsWith("utd-degree-2022-") && versions.stream().anyMatch(v -> v.startsWith(id + " ")));
        } finally {
            driver.executableQuery("MATCH (l:Learner {id: $id}) DETACH DELETE l").withParameters(Map.of("id", learner)).execute();
        }
    }

    /** The credentials of the met leaves that name one (not filters). */
    private static List<String> metNamedLeaves(tools.jackson.databind.JsonNode node) {
        var named = new ArrayList<String>();
        if (node.path("type").asString().equals("CREDENTIAL") && node.path("status").asString().equals("MET")) {
            named.add(node.path("credential").asString());
        }
        node.path("children").forEach(child -> named.addAll(metNamedLeaves(child)));
        return named;
    }

    @Test
    void importsTheComputerScienceDegreeWithItsRuleTree() {
        real();
        try (var session = driver.session()) {
            var degree = session.run("""
                    MATCH (d:Degree {id: 'utd-degree-2023-computer-science-bs'})-[:OFFERED_BY]->(p:Provider)
                    MATCH (d)-[:HAS_REQUIREMENT]->(root:Requirement)
                    RETURN d.title AS title, d.ects AS ects, d.creditHours AS hours, p.name AS provider, root.kind AS kind,
                           [(root)-[o:OPTION]->(c:Requirement) | [o.position, c.kind, c.label]] AS sections""").single();
            assertThat(degree.get("title").asString()).isEqualTo("Computer Science(BS), 2023-2024 catalog");
            assertThat(degree.get("ects").asDouble()).isEqualTo(248.0);
            assertThat(degree.get("hours").asDouble()).isEqualTo(124.0);
            assertThat(degree.get("provider").asString()).isEqualTo("The University of Texas at Dallas");
            assertThat(degree.get("kind").asString()).isEqualTo("ALL_OF");
            assertThat(degree.get("sections").asList(v -> v.asList(Value::asObject).toString()))
                    .containsExactlyInAnyOrder("[0, UNRESOLVED, @import ./core.json]", "[1, ALL_OF, Major]");

            var major = session.run("""
                    MATCH (:Degree {id: 'utd-degree-2023-computer-science-bs'})-[:HAS_REQUIREMENT]->()-[:OPTION]->(m {label: 'Major'})
                    MATCH (m)-[o:OPTION]->(section:Requirement)
                    RETURN section.kind AS kind, section.k AS k, section.credits AS credits, section.label AS label
                    ORDER BY o.position""").list(r -> r.get("kind").asString() + " " + r.get("k").asObject() + " "
                    + r.get("credits").asObject() + " " + r.get("label").asString().replaceFirst(", excluding.*", ""));
            assertThat(major).containsExactly(
                    "ALL_OF null null Major Preparatory Courses",
                    "ALL_OF null null Major Core Courses",
                    "AT_LEAST_K_OF 3 null CS Guided Electives: 3 courses CS 43xx or listed",
                    "AT_LEAST_CREDITS null 20.0 Free Electives: 10 semester credit hours of any UT Dallas courses");

            var leaves = session.run("""
                    MATCH (:Degree {id: 'utd-degree-2023-computer-science-bs'})-[:HAS_REQUIREMENT]->(root)
                    MATCH (root)-[:OPTION*]->(leaf) WHERE leaf:Course OR leaf.kind IN ['UNRESOLVED', 'FILTER', 'CONDITION']
                    RETURN CASE WHEN leaf:Course THEN 'COURSE' ELSE leaf.kind END AS key, count(DISTINCT leaf) AS n""").list(r -> r.get("key").asString()
                    + "=" + r.get("n").asLong());
            assertThat(leaves).containsExactlyInAnyOrder("COURSE=36", "UNRESOLVED=2", "FILTER=2");

            var cs1337 = session.run("""
                    MATCH (c:Course {id: 'utd-CS-1337'})-[:HAS_PREREQUISITE]->(r)
                    RETURN c.code AS code, c.creditHours AS hours, c.ects AS ects, r.kind AS kind""").single();
            assertThat(cs1337.get("code").asString()).isEqualTo("CS 1337");
            assertThat(cs1337.get("hours").asDouble()).isEqualTo(3.0);
            assertThat(cs1337.get("ects").asDouble()).isEqualTo(6.0);
        }
        var api = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port"))).json("/api/credentials/utd-CS-1337");
        assertThat(api.path("creditHours").asDouble()).as("the source's credit hours are served beside the ECTS").isEqualTo(3.0);
        assertThat(api.path("ects").asDouble()).isEqualTo(6.0);
    }

    @Test
    void refusesACyclicCatalogNamingTheCycleAndWritesNothing() throws IOException {
        var dir = temp.resolve("cyclic");
        write(dir.resolve("courses.json"), """
                [{"id": "c1", "subject_prefix": "CYC", "course_number": "1000", "title": "One",
                  "description": "CYC 1000 - One (3 semester credit hours)",
                  "prerequisites": {"type": "collection", "required": 1, "options": [{"type": "course", "class_reference": "c2"}]}},
                 {"id": "c2", "subject_prefix": "CYC", "course_number": "2000", "title": "Two",
                  "description": "CYC 2000 - Two (3 semester credit hours)",
                  "prerequisites": {"type": "collection", "required": 1, "options": [{"type": "course", "class_reference": "c1"}]}}]""");

        var problems = refusedLeavingTheGraphUnchanged(dir);

        assertThat(problems).extracting(CatalogProblem::toString).containsExactly("courses.json: $[0] (CYC 1000): "
                + "utd-CYC-1000: rule cycle: utd-CYC-1000 -> utd-CYC-2000 -> utd-CYC-1000; utd-CYC-1000, utd-CYC-2000 can never be attained: "
                + "every way to meet their rules needs one of them first");
    }

    @Test
    void refusesMalformedFilesWithFileAndPositionAndWritesNothing() throws IOException {
        var dir = temp.resolve("malformed");
        write(dir.resolve("courses.json"), """
                [{"id": "m1", "subject_prefix": "MAL", "course_number": "1000", "description": "(3 semester credit hours)"}]""");
        write(dir.resolve("degree_data/2023/Empty(BS).json"), """
                {"display_name": "Empty(BS)", "year": "2023-2024", "requirements": {}}""");
        write(dir.resolve("degree_data/2023/Broken(BS).json"), "{\"display_name\": \"Broken(BS)\",\n \"year\": }");

        var problems = refusedLeavingTheGraphUnchanged(dir);

        assertThat(problems).extracting(CatalogProblem::toString).containsExactlyInAnyOrder(
                "courses.json: $[0].title: is required",
                "degree_data/2023/Empty(BS).json: $.requirements: the degree names no requirements",
                "degree_data/2023/Broken(BS).json: line 2, column 10: not valid JSON: Unexpected character ('}' (code 125)): "
                        + "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    }

    @Test
    void refusesASourceThatIsNotThere() {
        var problems = refusedLeavingTheGraphUnchanged(temp.resolve("nowhere"));

        assertThat(problems).singleElement().extracting(CatalogProblem::message).asString().startsWith("does not exist");
    }

    private static List<CatalogProblem> refusedLeavingTheGraphUnchanged(Path source) {
        var before = GraphCounts.of(driver);
        var problems = new ArrayList<CatalogProblem>();
        assertThatThrownBy(() -> importer.importFrom(source, (what, done, total) -> { }))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> problems.addAll(e.problems()));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        return problems;
    }

    private static Map<String, Long> query(String cypher) {
        try (var session = driver.session()) {
            var result = new TreeMap<String, Long>();
            session.run(cypher).forEachRemaining(r -> result.put(r.get("key").asString(), r.get("n").asLong()));
            return result;
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
