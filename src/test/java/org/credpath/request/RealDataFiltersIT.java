package org.credpath.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.CredpathApplication;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importers;
import org.credpath.support.Http;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Filters and unknown costs on the real data that showed the defects of issue 18: the seed catalog (its learners) with
 * the real Coursera catalog (providers without a country, no prices) and the real UT Dallas catalog (courses without a
 * language) imported into a fresh in-process Neo4j of its own. A credential or provider that does not state an attribute
 * must not match a filter on it (never a 500), and an unknown price is never ranked as free.
 */
class RealDataFiltersIT {

    static final String DATE = "2026-11-22";
    static final String DATA_ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";
    static final String UTD_DEGREE = "utd-degree-2023-computer-science-bs";
    static final String SEED_CERTIFICATE = "hh-cert-data-analytics";

    private static Neo4j neo4j;
    private static ConfigurableApplicationContext app;
    private static Http http;

    @BeforeAll
    static void start() {
        var coursera = SharedData.require("coursera/coursera_2024_partner_skills.csv");
        var utdallas = SharedData.require("utdallas");
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        app = new SpringApplicationBuilder(CredpathApplication.class)
                .run("--spring.neo4j.uri=" + neo4j.boltURI(), "--server.port=0");
        var importers = app.getBean(Importers.class);
        importers.run("coursera", coursera, ImportProgress.NONE);
        importers.run("utdallas", utdallas, ImportProgress.NONE);
        http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        var learner = http.post("/api/admin/catalog?name=utd-aim.yaml", "application/yaml", """
                format: credpath-catalog/1
                learners:
                  - id: learner-utd-aim
                    goals: [{occupation: "%s"}, {credential: %s}]
                """.formatted(DATA_ANALYST, UTD_DEGREE));
        assertThat(learner.status()).as(learner.text()).isLessThan(300);
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

    private static JsonNode ok(Http.Response response, String what) {
        assertThat(response.status()).as(what + " answered " + response.text()).isEqualTo(200);
        return response.json();
    }

    private static Http.Response post(String path, String body) {
        return http.post(path, "application/json", body);
    }

    @Test
    void nextStepsByCountryLeaveOutProvidersWithoutOneAndSaySo() {
        var anywhere = ok(http.get("/api/learners/learner-aino/next-steps?k=50&date=" + DATE), "next steps").path("items");
        assertThat(anywhere.valueStream().filter(i -> i.path("credential").path("country").isNull())).as("Coursera's, without a country")
                .isNotEmpty();

        var steps = ok(http.get("/api/learners/learner-aino/next-steps?country=FI&k=50&date=" + DATE), "next steps in FI");

        steps.path("items").forEach(i -> assertThat(i.path("credential").path("country").asString()).isEqualTo("FI"));
        assertThat(steps.path("excludedForUnknown").asInt()).as("Coursera providers state no country").isPositive();
    }

    @Test
    void batchesFilterByCountryAndByLanguageOnRealData() {
        var byCountry = ok(post("/api/recommendations/batch", """
                {"learners": ["learner-aino", "learner-noora"], "occupation": "%s", "countries": ["FI"], "routes": true, "date": "%s"}"""
                .formatted(DATA_ANALYST, DATE)), "batch in FI");
        byCountry.path("items").forEach(item -> {
            item.path("nextSteps").path("items").forEach(i -> assertThat(i.path("credential").path("country").asString()).isEqualTo("FI"));
            item.path("route").path("credentials").forEach(s -> assertThat(s.path("credential").path("country").asString()).isEqualTo("FI"));
        });

        // a learner aiming at a UT Dallas degree, whose courses state no language: they match no language filter
        var byLanguage = ok(post("/api/recommendations/batch", """
                {"learners": ["learner-utd-aim"], "occupation": "%s", "languages": ["en"], "date": "%s"}""".formatted(DATA_ANALYST, DATE)),
                "batch in English");
        var steps = byLanguage.path("items").get(0).path("nextSteps");
        steps.path("items").forEach(i -> assertThat(i.path("credential").path("language").asString()).isEqualTo("en"));
        assertThat(steps.path("excludedForUnknown").asInt()).isPositive();
        ok(post("/api/recommendations/batch", """
                {"learners": ["learner-aino"], "occupation": "%s", "languages": ["en"], "routes": true, "date": "%s"}"""
                .formatted(DATA_ANALYST, DATE)), "batch in English toward an occupation");
    }

    @Test
    void byPriceAnUnknownPriceComesAfterEveryKnownOneAndTheCatalogStillSaysNull() {
        var items = ok(http.get("/api/learners/learner-aino/next-steps?metric=price&k=50&date=" + DATE), "next steps by price").path("items");

        boolean unknownSeen = false;
        int unknown = 0;
        for (var item : items) {
            var credential = item.path("credential");
            boolean known = !credential.path("price").isNull();
            if (credential.path("provider").asString().startsWith("coursera-partner:")) {
                assertThat(known).as("Coursera states no price: " + credential).isFalse();
            }
            assertThat(known && unknownSeen).as("a known price after an unknown one: " + credential).isFalse();
            unknownSeen |= !known;
            unknown += known ? 0 : 1;
        }
        assertThat(unknown).as("some Coursera credentials are among the next steps").isPositive();
        assertThat(items.size()).isGreaterThan(unknown);

        var courseraId = items.valueStream().map(i -> i.path("credential")).filter(c -> c.path("price").isNull())
                .findFirst().orElseThrow().path("id").asString();
        var price = http.json("/api/credentials/" + Http.encode(courseraId)).path("price");
        assertThat(price.isNull() || price.isMissingNode()).as("the catalog states no price: " + price).isTrue();
    }

    @Test
    void theOpenApiDocumentNamesTheQueryParametersAsTheyBind() {
        var parameters = http.json("/v3/api-docs").path("paths").path("/api/learners/{id}/next-steps").path("get").path("parameters");
        var names = parameters.valueStream().map(p -> p.path("name").asString()).toList();

        assertThat(names).contains("language", "provider", "country", "participation", "maxPrice", "minEqfLevel", "maxEqfLevel",
                "openAccessOnly", "maxWeeklyHours", "metric").doesNotContain("languages", "providers", "countries");
    }

    /** Every filter, with a value the data does not have, alone and all together: every endpoint that takes filters answers without a 5xx. */
    @Test
    void everyFilterOverEveryEndpointAnswersWithoutA5xx() {
        var filters = new LinkedHashMap<String, Object>();
        filters.put("maxPrice", 1);
        filters.put("language", "xx");
        filters.put("participation", "blended");
        filters.put("provider", "no-such-provider");
        filters.put("country", "ZZ");
        filters.put("minEqfLevel", 8);
        filters.put("maxEqfLevel", 8);
        filters.put("openAccessOnly", true);
        filters.put("maxWeeklyHours", 0.5);
        var cases = new ArrayList<Map<String, Object>>();
        filters.forEach((name, value) -> cases.add(Map.of(name, value)));
        cases.add(filters);
        var failures = new ArrayList<String>();
        for (var filter : cases) {
            var query = new StringBuilder("date=" + DATE);
            var body = new StringBuilder("\"date\": \"" + DATE + "\"");
            filter.forEach((name, value) -> {
                query.append('&').append(name).append('=').append(value);
                body.append(", \"").append(bodyName(name)).append("\": ").append(bodyValue(name, value));
            });
            for (var response : sweep(query.toString(), body.toString())) {
                if (response.getValue().status() >= 500) {
                    failures.add(response.getKey() + " with " + filter + ": " + response.getValue().status() + " " + response.getValue().text());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static List<Map.Entry<String, Http.Response>> sweep(String query, String body) {
        var aino = "/api/learners/learner-aino";
        var goal = "\"occupation\": \"" + DATA_ANALYST + "\"";
        return List.of(
                Map.entry("next steps", http.get(aino + "/next-steps?" + query)),
                Map.entry("next steps toward the UT Dallas degree", http.get(aino + "/next-steps?credential=" + UTD_DEGREE + "&" + query)),
                Map.entry("route", http.get(aino + "/route?" + query)),
                Map.entry("route toward the UT Dallas degree", http.get(aino + "/route?credential=" + UTD_DEGREE + "&" + query)),
                Map.entry("plan", http.get(aino + "/plan/" + SEED_CERTIFICATE + "?" + query)),
                Map.entry("plan toward the UT Dallas degree", http.get(aino + "/plan/" + UTD_DEGREE + "?waive=*&" + query)),
                Map.entry("POST plan", post("/api/plans", "{\"learner\": \"learner-aino\", \"targets\": [\"" + SEED_CERTIFICATE + "\"], "
                        + body + "}")),
                Map.entry("batch", post("/api/recommendations/batch", "{\"learners\": [\"learner-aino\"], " + goal + ", \"routes\": true, "
                        + body + "}")),
                Map.entry("coverage", http.get("/api/coverage?occupation=" + Http.encode(DATA_ANALYST) + "&" + query.replaceFirst("date=[^&]*&?", ""))),
                Map.entry("POST coverage", post("/api/coverage", "{" + goal + ", " + body.replaceFirst("\"date\": \"[^\"]*\",? ?", "") + "}")));
    }

    /** Bodies name the set-valued filters in the plural. */
    private static String bodyName(String name) {
        return switch (name) {
            case "language" -> "languages";
            case "provider" -> "providers";
            case "country" -> "countries";
            default -> name;
        };
    }

    private static String bodyValue(String name, Object value) {
        return switch (name) {
            case "language", "provider", "country", "participation" -> "[\"" + value + "\"]";
            default -> String.valueOf(value);
        };
    }
}
