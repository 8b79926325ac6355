package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.credpath.CredpathApplication;
import org.credpath.bench.UtdallasCsDegree;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importer;
import org.credpath.support.Http;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real UT Dallas Computer Science BS (2023) imported through the service, with its course catalog, into a
 * database of its own: audits and plans speak the degree's unit (semester credit hours) beside the ECTS, and a plan
 * that cannot be met names the courses whose prerequisites stop it.
 */
class UtdallasCreditUnitsIT {

    static Neo4j neo4j;
    static ConfigurableApplicationContext app;
    static Http http;

    @BeforeAll
    static void importTheDegree(@TempDir Path folder) throws IOException {
        var utdallas = SharedData.require("utdallas");
        var degree = Path.of("degree_data/2023/Computer Science(BS).json");
        Files.createDirectories(folder.resolve(degree).getParent());
        Files.copy(utdallas.resolve("courses.json"), folder.resolve("courses.json"));
        Files.copy(utdallas.resolve(degree), folder.resolve(degree));
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        app = new SpringApplicationBuilder(CredpathApplication.class)
                .run("--spring.neo4j.uri=" + neo4j.boltURI(), "--server.port=0", "--credpath.seed.enabled=false");
        app.getBeansOfType(Importer.class).values().stream().filter(i -> i.format().equals("utdallas")).findFirst().orElseThrow()
                .importFrom(folder, ImportProgress.NONE);
        http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
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

    private static String transcript() {
        return UtdallasCsDegree.FIRST_YEAR.stream()
                .map(code -> "{\"credential\": \"utd-" + code.replace(' ', '-') + "\", \"date\": \"2026-05-22\", \"grade\": \"A\"}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    @DisplayName("POST /api/audit/what-if: the degree's 124 credit hours, 24 counted, 100 missing (beside 48 / 248 ECTS; CS 1136 is excluded from the free electives)")
    void auditsInSemesterCreditHours() {
        var audit = http.send("POST", "/api/audit/what-if", "{\"target\": \"" + UtdallasCsDegree.DEGREE + "\", \"holdings\": "
                + transcript() + ", \"date\": \"2026-11-22\", \"waive\": [\"*\"]}").json();

        assertThat(audit.path("countedCredits").asDouble()).isEqualTo(48.0);
        assertThat(audit.path("targetCredits").asDouble()).isEqualTo(248.0);
        var hours = audit.path("sourceCredits");
        assertThat(hours.path("unit").asString()).isEqualTo("US semester credit hours");
        assertThat(hours.path("target").asDouble()).isEqualTo(124.0);
        assertThat(hours.path("counted").asDouble()).isEqualTo(24.0);
        assertThat(hours.path("missing").asDouble()).isEqualTo(100.0);
    }

    @Test
    @DisplayName("POST /api/plans: every planned course in its catalog hours, the total in hours")
    void plansInSemesterCreditHours() {
        var plan = http.send("POST", "/api/plans", "{\"targets\": [\"" + UtdallasCsDegree.DEGREE + "\"], \"holdings\": "
                + transcript() + ", \"date\": \"2026-11-22\", \"waive\": [\"*\"]}").json();

        assertThat(plan.path("status").asString()).isEqualTo("OPTIMAL");
        var hours = plan.path("sourceCredits");
        assertThat(hours.path("unit").asString()).isEqualTo("US semester credit hours");
        assertThat(hours.path("counted").asDouble()).isEqualTo(plan.path("totalEcts").asDouble() / 2);
        // CS 3345 is one course under four codes (CE, CS, SE, TE 3345): the plan takes the code the degree names (it took
        // TE 3345 before the plan preferred named codes), in its 3 hours
        var dataStructures = java.util.stream.Stream.of("utd-CE-3345", "utd-CS-3345", "utd-SE-3345", "utd-TE-3345")
                .filter(code -> hours.path("credentials").has(code)).toList();
        assertThat(dataStructures).as(hours.path("credentials").toString()).containsExactly("utd-CS-3345");
        assertThat(hours.path("credentials").path("utd-CS-3345").asDouble()).isEqualTo(3.0);
        plan.path("credentials").forEach(p -> assertThat(p.has("countsAs")).as(p.toString()).isFalse());
        assertThat(hours.path("credentials").size()).isEqualTo(plan.path("credentials").size());
    }

    @Test
    @DisplayName("POST /api/plans waiving only the two unresolved references: 422 naming the courses and the prerequisites that block them")
    void namesTheCoursesWhosePrerequisitesBlockThePlan() {
        var body = "{\"targets\": [\"" + UtdallasCsDegree.DEGREE + "\"], \"holdings\": " + transcript() + ", \"date\": \"2026-11-22\", "
                + "\"waive\": [\"" + UtdallasCsDegree.DEGREE + "/requirements/0\", \"" + UtdallasCsDegree.DEGREE + "/requirements/1/0/2\"]}";

        var response = http.send("POST", "/api/plans", body);

        assertThat(response.status()).isEqualTo(422);
        var problem = response.json();
        assertThat(problem.path("detail").asString()).contains("whose prerequisites cannot be met").doesNotContain("every way to meet it");
        assertThat(problem.path("blockers")).isNotEmpty();
        problem.path("blockers").forEach(b -> assertThat(b.path("reason").asString()).containsPattern("utd-[A-Z]+-\\d{4}"));
    }
}
