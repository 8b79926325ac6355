package org.credpath.imports.ctdl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.credpath.support.GraphCounts;
import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A hand-written CTDL pathway through the admin endpoint and back out of the credentials API (ids urn:test-ctdl:, removed after each test). */
@IntegrationTest
@DisplayName("POST /api/admin/imports/ctdl")
class CtdlApiIT {

    private static final String PATHWAY = """
            {"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [
              {"@id": "urn:test-ctdl:pathway", "@type": "ceterms:Pathway", "ceterms:name": {"en": "Test pathway"},
               "ceterms:ownedBy": "urn:test-ctdl:org", "ceterms:hasDestinationComponent": "urn:test-ctdl:cert"},
              {"@id": "urn:test-ctdl:org", "@type": "ceterms:CredentialOrganization", "ceterms:name": {"en": "Test College"}},
              {"@id": "urn:test-ctdl:cert", "@type": "ceterms:CredentialComponent", "ceterms:name": {"en": "Test Certificate"},
               "ceterms:hasCondition": {"@type": "ceterms:ComponentCondition", "ceterms:name": {"en": "One course"},
                 "ceterms:requiredNumber": 1, "ceterms:targetComponent": ["urn:test-ctdl:a", "urn:test-ctdl:b"]}},
              {"@id": "urn:test-ctdl:a", "@type": "ceterms:CourseComponent", "ceterms:name": {"en": "Course A"},
               "ceterms:precedes": "urn:test-ctdl:b",
               "ceterms:creditValue": {"@type": "schema:QuantitativeValue", "schema:value": 3, "ceterms:creditUnitType": "creditUnit:SemesterHour"}},
              {"@id": "urn:test-ctdl:b", "@type": "ceterms:CourseComponent", "ceterms:name": {"en": "Course B"},
               "ceterms:prerequisite": "urn:test-ctdl:a"}]}""";

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;

    @AfterEach
    void removeTestData() {
        driver.executableQuery("""
                MATCH (n) WHERE n.id STARTS WITH 'urn:test-ctdl:'
                OPTIONAL MATCH (n)-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(:Requirement)-[:OPTION*0..]->(r:Requirement)
                DETACH DELETE n, r""").withParameters(Map.of()).execute();
    }

    @Test
    void importsAPathwayWhoseRulesAndSuggestedOrderTheApiShows() {
        var http = new Http(port);

        var report = http.post("/api/admin/imports/ctdl/raw?name=pathway.jsonld", "application/octet-stream", PATHWAY);

        assertThat(report.status()).as(report.text()).isEqualTo(200);
        assertThat(report.json().path("format").asString()).isEqualTo("ctdl");
        assertThat(report.json().path("source").asString()).isEqualTo("upload of pathway.jsonld");
        assertThat(report.json().path("entries").path("courses").path("created").asInt()).isEqualTo(2);
        assertThat(report.json().path("entries").path("certificates").path("created").asInt()).isEqualTo(1);
        var a = http.json("/api/credentials/" + Http.encode("urn:test-ctdl:a"));
        assertThat(a.path("provider").path("name").asString()).isEqualTo("Test College");
        assertThat(a.path("ects").asDouble()).isEqualTo(6.0);
        assertThat(a.path("creditHours").asDouble()).isEqualTo(3.0);
        assertThat(a.path("precedes").get(0).path("id").asString()).isEqualTo("urn:test-ctdl:b");
        assertThat(a.path("unlocks").get(0).path("id").asString()).isEqualTo("urn:test-ctdl:b");
        var b = http.json("/api/credentials/" + Http.encode("urn:test-ctdl:b"));
        assertThat(b.path("precededBy").get(0).path("id").asString()).isEqualTo("urn:test-ctdl:a");
        assertThat(b.path("prerequisites").path("children").get(0).path("credential").path("id").asString()).isEqualTo("urn:test-ctdl:a");
        assertThat(b.path("precedes").isEmpty()).isTrue();
        var cert = http.json("/api/credentials/" + Http.encode("urn:test-ctdl:cert"));
        assertThat(cert.path("kind").asString()).isEqualTo("certificate");
        assertThat(cert.path("requirements").path("kind").asString()).isEqualTo("AT_LEAST_K_OF");
        assertThat(cert.path("requirements").path("k").asInt()).isEqualTo(1);
        assertThat(cert.path("requirements").path("label").asString()).isEqualTo("One course");
        assertThat(cert.path("requirements").path("children")).hasSize(2);

        var before = GraphCounts.of(driver);
        var again = http.post("/api/admin/imports/ctdl/raw?name=pathway.jsonld", "application/octet-stream", PATHWAY);

        assertThat(again.status()).isEqualTo(200);
        again.json().path("entries").forEach(c -> assertThat(c.path("created").asInt() + c.path("updated").asInt()).isZero());
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void refusesARuleCycleNamingItsMembersAndWritesNothing() {
        var http = new Http(port);
        var before = GraphCounts.of(driver);

        var refused = http.post("/api/admin/imports/ctdl/raw?name=cycle.json", "application/octet-stream", """
                [{"@id": "urn:test-ctdl:x", "@type": "ceterms:CredentialComponent", "ceterms:name": "X", "ceterms:hasChild": "urn:test-ctdl:y"},
                 {"@id": "urn:test-ctdl:y", "@type": "ceterms:CredentialComponent", "ceterms:name": "Y", "ceterms:hasChild": "urn:test-ctdl:x"}]""");

        var problem = refused.problem(422, null);
        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").get(0).path("path").asString()).isEqualTo("cycle.json: urn:test-ctdl:x");
        assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo(
                "rule cycle: urn:test-ctdl:x -> urn:test-ctdl:y -> urn:test-ctdl:x; urn:test-ctdl:x, urn:test-ctdl:y can never be attained: every way to meet their rules needs one of them first");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonWithFileLineAndColumn() {
        var http = new Http(port);
        var before = GraphCounts.of(driver);

        var refused = http.post("/api/admin/imports/ctdl/raw?name=broken.json", "application/octet-stream",
                "{\"@id\": \"urn:test-ctdl:a\",\n \"@type\": \"ceterms:CourseComponent\",,\n}");

        var problem = refused.problem(422, null);
        assertThat(problem.path("source").asString()).isEqualTo("upload of broken.json");
        assertThat(problem.path("errors").get(0).path("path").asString()).isEqualTo("broken.json: line 2, column 37");
        assertThat(problem.path("errors").get(0).path("message").asString()).startsWith("not valid JSON: Unexpected character (','");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }
}
