package org.credpath.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.credpath.CredpathApplication;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.catalog.model.RuleSpec;
import org.credpath.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scale benchmark's pieces end to end on a small generated catalog (x0.01 on a synthetic skill set),
 * in a service of its own on a temporary store, since the shared test database must keep exactly the seed
 * catalog: the catalog load takes the generated catalog whole, audits and plans answer over HTTP, and the
 * plain-Cypher baseline queries run over the embedded Bolt port on the same data.
 */
class GeneratedCatalogIT {

    @TempDir
    static Path store;

    private static ConfigurableApplicationContext app;
    private static GeneratedCatalog generated;
    private static Workload workload;
    private static Http http;
    private static CypherBaseline baseline;

    @BeforeAll
    static void loadSmallGeneratedCatalog() throws Exception {
        app = SpringApplication.run(CredpathApplication.class, "--credpath.embedded.directory=" + store,
                "--credpath.embedded.bolt-port=0", "--server.port=0", "--credpath.seed.enabled=false");
        generated = ScaleGenerator.generate(EscoView.synthetic(150, 15, 11), ScaleSpec.of(0.01, 11));
        ScaleLoad.load(app, generated, 400, 60); // credentials in several loads, as at x10
        workload = Workload.sample(generated.catalog(), 11, 24);
        http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        baseline = new CypherBaseline(app.getBean(Neo4jConnectionDetails.class).getUri().getPort());
    }

    @AfterAll
    static void stop() {
        baseline.close();
        app.close();
    }

    @Test
    void catalogLoadTakesTheGeneratedCatalogWhole() {
        assertThat(http.json("/api/credentials?size=1").path("total").asInt()).isEqualTo(generated.catalog().credentials().size());
        assertThat(http.json("/api/learners?size=1").path("total").asInt()).isEqualTo(1_000);
        assertThat(workload.goals()).hasSize(24);
        assertThat(workload.learners()).hasSize(24);
    }

    @Test
    @DisplayName("GET /api/learners/{id}/audit/{target}: every generated holding accounted for, exactly")
    void auditsGeneratedLearnersAgainstTheirGoalExactly() {
        for (var pair : workload.goals()) {
            var audit = http.json("/api/learners/" + pair.learner() + "/audit/" + pair.target());
            assertThat(audit.path("exact").asBoolean()).isTrue();
            assertThat(audit.path("counted").size() + audit.path("notCounted").size()).as(pair.toString())
                    .isEqualTo(learner(pair.learner()).earned().size());
        }
    }

    @Test
    @DisplayName("GET /api/learners/{id}/plan/{target}: a plan, or a 422 naming what blocks it")
    void plansTowardGeneratedGoals() {
        int plans = 0;
        for (var pair : workload.goals().subList(0, 5)) {
            var response = http.get("/api/learners/" + pair.learner() + "/plan/" + pair.target());
            if (response.status() == 422) {
                assertThat(response.json().path("blockers")).isNotEmpty();
            } else {
                assertThat(response.status()).as(response.text()).isEqualTo(200);
                assertThat(response.json().path("status").asString()).isIn("OPTIMAL", "FEASIBLE");
                plans++;
            }
        }
        assertThat(plans).isPositive();
    }

    @Test
    void baselineAuditReportsEveryRuleNodeWithTheLearnersMatchingHoldings() {
        for (var pair : workload.goals()) {
            var rows = baseline.rows(baseline.audit, Map.of("learner", pair.learner(), "target", pair.target()));
            assertThat(rows).hasSize(ruleNodes(credential(pair.target()).requirements()));
            var held = learner(pair.learner()).earned().stream().map(LearnerSpec.Holding::credential).collect(Collectors.toSet());
            for (var row : rows) {
                @SuppressWarnings("unchecked")
                var counted = (List<String>) row.get("counted");
                assertThat(held).containsAll(counted);
                assertThat(row.get("met")).isInstanceOf(Boolean.class);
                assertThat((Long) row.get("leavesMatched")).isLessThanOrEqualTo((Long) row.get("leaves"));
            }
        }
    }

    @Test
    void baselineNextStepRecommendsUpToFiveCredentialsNotHeld() {
        int recommended = 0;
        for (var id : workload.learners()) {
            var rows = baseline.rows(baseline.nextStep, Map.of("learner", id));
            assertThat(rows).hasSizeLessThanOrEqualTo(5);
            var held = learner(id).earned().stream().map(LearnerSpec.Holding::credential).collect(Collectors.toSet());
            for (var row : rows) {
                assertThat(held).doesNotContain((String) row.get("credential"));
                assertThat((List<?>) row.get("covers")).isNotEmpty();
                assertThat(credential((String) row.get("credential")).requirements()).isNull();
            }
            recommended += rows.size();
        }
        assertThat(recommended).isPositive();
    }

    @Test
    @DisplayName("FillCheck: the filled store's counts and credentials read back through the API equal the generated world; a change shows")
    void fillCheckComparesTheStoreWithTheGeneratedWorld() throws Exception {
        FillCheck.write(store, generated, ScaleLoad.counts(generated));
        var calls = new HttpCalls("http://localhost:" + app.getEnvironment().getProperty("local.server.port"), Tokens.none());
        assertThat(FillCheck.verify(store, baseline, calls)).startsWith("passed: 7 counts").contains("3 credentials");

        var sample = generated.catalog().credentials().stream().filter(c -> c.prerequisites() != null).findFirst().orElseThrow();
        var expected = FillCheck.shape(sample);
        var changed = new java.util.LinkedHashMap<>(expected);
        changed.put("ects", 99.0);
        changed.put("ruleCredentials", List.of());
        assertThat(FillCheck.differences(expected, changed)).hasSize(2).first().asString().contains(sample.id() + " ects");
    }

    private static LearnerSpec learner(String id) {
        return generated.catalog().learners().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static CredentialSpec credential(String id) {
        return generated.catalog().credentials().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** Rule nodes stored for a tree: groups and filter leaves (a credential leaf is an edge to the credential). */
    private static int ruleNodes(RuleSpec rule) {
        if (rule instanceof RuleSpec.Group g) {
            int n = 1;
            for (var child : g.children()) {
                n += ruleNodes(child);
            }
            return n;
        }
        return rule instanceof RuleSpec.CredentialLeaf ? 0 : 1;
    }
}
