package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Distribution areas end to end: a catalog loaded over HTTP, its rule read back, audits over HTTP. */
@IntegrationTest
class DistributionAreasApiIT {

    private static final String CATALOG = """
            format: credpath-catalog/1
            providers:
              - {id: areas-test-uni, name: Areas Test University, country: DE, type: company}
            credentials:
              - {id: areas-test-eng, kind: course, title: Shakespeare, provider: areas-test-uni, ects: 6, areas: [LA]}
              - {id: areas-test-his, kind: course, title: Empires, provider: areas-test-uni, ects: 6, areas: [HA, LA]}
              - {id: areas-test-poe, kind: course, title: Poetry, provider: areas-test-uni, ects: 6, areas: [HA]}
              - {id: areas-test-soc, kind: course, title: Cities, provider: areas-test-uni, ects: 6, areas: [SA]}
              - {id: areas-test-bio, kind: course, title: Cells, provider: areas-test-uni, ects: 6}
              - id: areas-test-ab
                kind: degree
                title: AB in distribution
                provider: areas-test-uni
                ects: 18
                requirements:
                  kind: AT_LEAST_K_OF
                  label: Distribution
                  k: 3
                  minAreas: 3
                  maxPerArea: 1
                  areas: [LA, HA, SA]
                  children: [{filter: {providers: [areas-test-uni], kinds: [course]}}]
            """;

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    @DisplayName("POST /api/admin/catalog with minAreas and maxPerArea; GET the rule back; POST /api/audit/what-if chooses each course's area")
    void loadsTheRuleAndAuditsByArea() {
        var loaded = http.post("/api/admin/catalog?name=areas.yaml", "application/yaml", CATALOG);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);

        var rule = http.json("/api/credentials/areas-test-ab").path("requirements");
        assertThat(rule.path("minAreas").asInt()).isEqualTo(3);
        assertThat(rule.path("maxPerArea").asInt()).isEqualTo(1);
        assertThat(texts(rule.path("areas"))).containsExactly("LA", "HA", "SA");

        var short1 = whatIf("areas-test-his", "areas-test-poe", "areas-test-bio");
        assertThat(short1.path("met").asBoolean()).isFalse();
        assertThat(short1.path("tree").path("detail").asString()).isEqualTo("3 of 3 courses but only 2 of the 3 areas needed (HA, LA); at most 1 per area count; "
                + "1 counts toward no area (it carries none of HA, LA, SA: an unknown area is not a match)");

        var met = whatIf("areas-test-his", "areas-test-poe", "areas-test-soc", "areas-test-bio");
        assertThat(met.path("met").asBoolean()).as(met.toString()).isTrue();
        var byArea = new ArrayList<String>();
        met.path("tree").path("areas").forEach(a -> byArea.add(a.path("area").asString() + "=" + texts(a.path("counted"))));
        assertThat(byArea).containsExactly("HA=[areas-test-poe]", "LA=[areas-test-his]", "SA=[areas-test-soc]")
                .as("Empires (HA and LA) counts for LA, so that Poetry can count for HA");
        var empires = new ArrayList<String>();
        met.path("counted").forEach(c -> empires.add(c.path("credential").asString() + "@" + c.path("area").asString()));
        assertThat(empires).contains("areas-test-his@LA");
    }

    @Test
    @DisplayName("POST /api/admin/catalog: a distribution rule that cannot hold is a 422 naming the field")
    void refusesARuleThatCannotHold() {
        var rejected = http.post("/api/admin/catalog", "application/yaml", CATALOG.replace("minAreas: 3", "minAreas: 4")
                .replace("areas-test-", "areas-test-bad-"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        var problem = rejected.json().path("errors").get(0);
        assertThat(problem.path("path").asString()).isEqualTo("credentials[5].requirements.minAreas");
        assertThat(problem.path("message").asString()).isEqualTo("minAreas = 4 but only 3 areas are named (LA, HA, SA)");
    }

    private JsonNode whatIf(String... credentials) {
        var holdings = new ArrayList<String>();
        for (var c : credentials) {
            holdings.add("{\"credential\": \"" + c + "\"}");
        }
        var response = http.post("/api/audit/what-if", "application/json", """
                {"target": "areas-test-ab", "date": "2026-11-22", "holdings": [%s]}""".formatted(String.join(", ", holdings)));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
