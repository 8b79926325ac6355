package org.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class CatalogApiIT {

    private static final String[] EU_ELEMENTS = {"ects", "eqfLevel", "assessment", "participation", "qualityAssurance",
            "language", "durationWeeks", "price", "access"};

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }


    private static List<String> values(JsonNode items, String field) {
        var out = new ArrayList<String>();
        items.forEach(item -> out.add(item.path(field).asString()));
        return out;
    }

    @Nested
    @DisplayName("GET /api/credentials")
    class Credentials {

        @Test
        void listsSeededMicroCredentialsWithEveryEuElement() {
            var page = http.json("/api/credentials?kind=micro-credential&size=200");

            assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(40);
            page.path("items").forEach(item -> {
                for (var element : EU_ELEMENTS) {
                    assertThat(item.has(element)).as(item.path("id").asString() + " has " + element).isTrue();
                }
                assertThat(item.path("provider").path("country").asString()).hasSize(2);
            });
        }

        @Test
        void pagesThroughTheCatalogWithoutOverlap() {
            var first = http.json("/api/credentials?size=5&page=0");
            var second = http.json("/api/credentials?size=5&page=1");

            assertThat(first.path("items")).hasSize(5);
            assertThat(values(first.path("items"), "id")).doesNotContainAnyElementsOf(values(second.path("items"), "id"));
            assertThat(first.path("total").asInt()).isEqualTo(second.path("total").asInt());
        }

        @Test
        void filtersCombine() {
            var page = http.json("/api/credentials?provider=uma&language=es&participation=online&maxPrice=200&eqfLevel=6&size=200");

            page.path("items").forEach(item -> {
                assertThat(item.path("provider").path("id").asString()).isEqualTo("uma");
                assertThat(item.path("language").asString()).isEqualTo("es");
                assertThat(item.path("participation").asString()).isEqualTo("online");
                assertThat(item.path("price").asDouble()).isLessThanOrEqualTo(200);
                assertThat(item.path("eqfLevel").asInt()).isEqualTo(6);
            });
            var all = http.json("/api/credentials?size=200").path("items");
            long expected = 0;
            for (var item : all) {
                if (item.path("provider").path("id").asString().equals("uma") && item.path("language").asString().equals("es")
                        && item.path("participation").asString().equals("online") && item.path("price").asDouble() <= 200
                        && item.path("eqfLevel").asInt() == 6) {
                    expected++;
                }
            }
            assertThat(page.path("total").asLong()).isEqualTo(expected);
        }

        @Test
        void searchesTitleAndCodeCaseInsensitively() {
            var page = http.json("/api/credentials?q=SQL");

            assertThat(page.path("total").asInt()).isPositive();
            page.path("items").forEach(item -> assertThat((item.path("title").asString() + item.path("code").asString()
                    + item.path("description").asString()).toLowerCase()).contains("sql"));
        }

        @Test
        void showsACredentialWithOutcomesSkillsProviderAndPrerequisiteTree() {
            var withPrerequisites = firstWith("prerequisites");

            assertThat(withPrerequisites.path("outcomes").get(0).path("skills").get(0).path("uri").asString())
                    .startsWith("http://data.europa.eu/esco/skill/");
            assertThat(withPrerequisites.path("provider").path("name").asString()).isNotBlank();
            assertThat(withPrerequisites.path("prerequisites").path("kind").asString()).isIn("ALL_OF", "AT_LEAST_K_OF", "AT_LEAST_CREDITS");
        }

        @Test
        void showsStackingRulesWithNestingCapsAndSharedLimit() {
            var degree = http.json("/api/credentials/hh-cert-data-analytics");
            var rules = degree.path("requirements");

            assertThat(rules.path("maxSharedCredits").asDouble()).isPositive();
            var text = rules.toString();
            assertThat(text).contains("\"AT_LEAST_K_OF\"", "\"AT_LEAST_CREDITS\"", "\"CREDENTIAL\"", "maxCountedCredits");
            // children keep the order the catalog gave them
            assertThat(values(rules.path("children"), "id")).containsExactly(
                    "hh-cert-data-analytics/requirements/0", "hh-cert-data-analytics/requirements/1",
                    "hh-cert-data-analytics/requirements/2");
        }

        @Test
        void showsRecognitionBothWaysAndWhatACredentialStacksInto() {
            var recognised = http.json("/api/credentials/uma-mc-sql-databases");
            var target = recognised.path("recognisedAs").get(0).path("credential");
            var other = http.json("/api/credentials/" + target.path("id").asString());

            assertThat(target.path("provider").asString()).isNotEqualTo(recognised.path("provider").path("name").asString());
            var recognisedFrom = new ArrayList<String>();
            other.path("recognisedFrom").forEach(r -> recognisedFrom.add(r.path("credential").path("id").asString()));
            assertThat(recognisedFrom).contains("uma-mc-sql-databases");
            assertThat(http.json("/api/credentials/hh-mc-statistics-foundations").path("stacksInto").toString())
                    .contains("hh-cert-data-analytics");
        }

        private JsonNode firstWith(String field) {
            for (var item : http.json("/api/credentials?kind=micro-credential&size=200").path("items")) {
                var detail = http.json("/api/credentials/" + item.path("id").asString());
                if (detail.has(field)) {
                    return detail;
                }
            }
            throw new AssertionError("no seeded micro-credential has " + field);
        }
    }

    @Nested
    @DisplayName("GET /api/skills, /api/occupations, /api/providers, /api/learners")
    class Browsing {

        @Test
        void findsSkillsByPreferredOrAlternativeLabelPrefix() {
            var page = http.json("/api/skills?q=pyth");

            assertThat(values(page.path("items"), "label")).anyMatch(l -> l.toLowerCase().contains("python"));
        }

        @Test
        void showsASkillWithTheCredentialsThatTeachIt() {
            var uri = http.json("/api/skills?q=python").path("items").get(0).path("uri").asString();

            var skill = http.json("/api/skills/by-uri?uri=" + Http.encode(uri));

            assertThat(skill.path("taughtBy")).isNotEmpty();
        }

        @Test
        void showsAnOccupationWithEssentialAndOptionalSkills() {
            var uri = http.json("/api/occupations?q=data%20analyst").path("items").get(0).path("uri").asString();

            var occupation = http.json("/api/occupations/by-uri?uri=" + Http.encode(uri));

            assertThat(occupation.path("label").asString()).isEqualTo("data analyst");
            assertThat(occupation.path("essentialSkills").size()).isGreaterThanOrEqualTo(5);
            assertThat(occupation.path("optionalSkills")).isNotEmpty();
        }

        @Test
        void listsProvidersOfAtLeastThreeCountries() {
            var page = http.json("/api/providers?size=50");

            assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(4);
            assertThat(values(page.path("items"), "country").stream().distinct().count()).isGreaterThanOrEqualTo(3);
            assertThat(http.json("/api/providers/hh").path("credentialsByKind")).isNotEmpty();
        }

        @Test
        void showsALearnersRecordWithHoldingsAndGoals() {
            var learners = http.json("/api/learners?size=50");
            assertThat(learners.path("total").asInt()).isGreaterThanOrEqualTo(5);

            var record = http.json("/api/learners/learner-aino");

            assertThat(record.path("earned")).isNotEmpty();
            assertThat(record.path("earned").get(0).path("credential").path("title").asString()).isNotBlank();
            assertThat(record.path("goals")).isNotEmpty();
        }
    }

    @Nested
    @DisplayName("Errors as RFC 9457 problem details")
    class Errors {

        @ParameterizedTest
        @CsvSource({
                "/api/credentials/no-such-id, 404, ",
                "/api/providers/no-such-id, 404, ",
                "/api/learners/no-such-id, 404, ",
                "/api/skills/by-uri?uri=urn:none, 404, ",
                "/api/occupations/by-uri?uri=urn:none, 404, ",
                "/api/credentials?eqfLevel=9, 400, eqfLevel",
                "/api/credentials?eqfLevel=high, 400, eqfLevel",
                "/api/credentials?kind=nano, 400, kind",
                "/api/credentials?participation=remote, 400, participation",
                "/api/credentials?language=english, 400, language",
                "/api/credentials?maxPrice=-1, 400, maxPrice",
                "/api/credentials?maxPrice=cheap, 400, maxPrice",
                "/api/credentials?page=-1, 400, page",
                "/api/credentials?size=1000, 400, size",
                "/api/skills?size=0, 400, size",
                "/api/providers?country=finland, 400, country",
                "/api/skills/by-uri, 400, uri",
                "/api/no-such-endpoint, 404, ",
        })
        void answersWithProblemDetails(String path, int status, String parameter) {
            var problem = http.get(path).problem(status, parameter);
            if (parameter != null) {
                assertThat(problem.path("detail").asString()).startsWith(parameter + ":");
            }
        }

        @Test
        void searchTextIsDataNeverQuerySyntax() {
            for (var attack : List.of("') RETURN 1 //", "\" OR 1=1", "*:*", "title:(x) OR y~", "c++ \\ /")) {
                assertThat(http.get("/api/skills?q=" + Http.encode(attack)).status()).as(attack).isEqualTo(200);
                assertThat(http.get("/api/credentials?q=" + Http.encode(attack)).status()).as(attack).isEqualTo(200);
                assertThat(http.json("/api/credentials?q=" + Http.encode(attack)).path("total").asInt()).isZero();
            }
        }
    }

    @Nested
    @DisplayName("OpenAPI, Swagger UI and health")
    class Operations {

        @Test
        void publishesTheOpenApiDocument() {
            var doc = http.json("/v3/api-docs");

            assertThat(doc.path("paths").has("/api/credentials")).isTrue();
            assertThat(doc.path("paths").has("/api/credentials/{id}")).isTrue();
            assertThat(doc.path("paths").has("/api/occupations/by-uri")).isTrue();
        }

        @Test
        void servesSwaggerUi() {
            assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
        }

        @Test
        void healthIncludesTheDatabase() {
            var health = http.json("/actuator/health");

            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("components").path("neo4j").path("status").asString()).isEqualTo("UP");
        }
    }
}
