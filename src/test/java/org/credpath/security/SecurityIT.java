package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.credpath.support.Http;
import org.credpath.support.Http.Identity;
import org.credpath.support.IntegrationTest;
import org.credpath.support.TestLearners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@IntegrationTest
@DisplayName("Authentication: bearer tokens, local mode, refusals as problem details, security headers")
class SecurityIT {

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void refusesARequestWithoutTokenWith401Problem() {
        var response = http.anonymous().get("/api/learners/learner-aino");
        var problem = response.problem(401, null);
        assertThat(problem.path("type").asString()).isEqualTo("urn:credpath:problem:unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void refusesMalformedForgedAndTamperedTokens() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        var forger = NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()).build();
        var forged = forger.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(),
                JwtClaimsSet.builder().issuer(LocalTokens.ISSUER).subject("mallory").claim("roles", List.of("ADMIN"))
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).build())).getTokenValue();
        for (var token : List.of("not-a-token", forged, http.token() + "x")) {
            var response = http.withToken(token).get("/api/learners");
            response.problem(401, null);
            assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
        }
    }

    @Test
    void servesCatalogBrowsingHealthAndApiDocsWithoutToken() {
        var anonymous = http.anonymous();
        for (var path : List.of("/api/credentials", "/api/credentials/hh-cert-data-analytics", "/api/providers", "/api/skills?q=python",
                "/api/occupations?q=data", "/actuator/health", "/v3/api-docs")) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("health shows its status to anyone, its components and their details (disk path, Neo4j version) only to an admin")
    void healthShowsDetailsOnlyToAnAdmin() {
        for (var caller : List.of(http.anonymous(), http.as(Identity.learner("learner-aino")), http.as(Identity.adviser("anna")))) {
            var health = caller.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("status").asString()).isEqualTo("UP");
            assertThat(health.text()).doesNotContain("components", "details", "diskSpace", "neo4j", "version", "path");
        }
        var admin = http.get("/actuator/health").json();
        assertThat(admin.path("components").path("neo4j").path("status").asString()).isEqualTo("UP");
        assertThat(admin.path("components").path("diskSpace").path("details").has("path")).isTrue();
    }

    @Test
    void refusesAnythingBeyondBrowsingWithoutToken() {
        var anonymous = http.anonymous();
        assertThat(anonymous.get("/api/learners").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/plans", "application/json", "{\"targets\": [\"hh-cert-data-analytics\"]}").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/admin/catalog", "application/yaml", "format: credpath-catalog/1").status()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(anonymous.get("/somewhere-else").status()).isEqualTo(401);
    }

    @Test
    void refusesAdminPathsToOtherRolesWith403Problem() {
        var learner = http.as(Identity.learner("learner-aino"));
        var problem = learner.post("/api/admin/catalog", "application/yaml", "format: credpath-catalog/1").problem(403, null);
        assertThat(problem.path("type").asString()).isEqualTo("urn:credpath:problem:forbidden");
        assertThat(http.as(Identity.employer("acme")).get("/api/admin/imports").status()).isEqualTo(403);
        assertThat(http.as(Identity.adviser("anna")).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(http.get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("POST /api/dev/token signs a token naming subject, role and learner")
    void signsLocalTokens() {
        var token = http.anonymous().post("/api/dev/token", "application/json",
                "{\"subject\": \"aino\", \"role\": \"learner\", \"learner\": \"learner-aino\"}");
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().path("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.json().path("learner").asString()).isEqualTo("learner-aino");
        var aino = http.withToken(token.json().path("access_token").asString());
        assertThat(aino.get("/api/learners/learner-aino").status()).isEqualTo(200);
        assertThat(aino.get("/api/learners").json().path("items")).extracting(i -> i.path("id").asString()).containsExactly("learner-aino");
    }

    @Test
    void refusesTokenRequestsWithoutSubjectOrWithUnknownRole() {
        var anonymous = http.anonymous();
        anonymous.post("/api/dev/token", "application/json", "{\"role\": \"ADMIN\"}").problem(400, "subject");
        anonymous.post("/api/dev/token", "application/json", "{\"subject\": \"x\", \"role\": \"ROOT\"}").problem(400, "role");
        anonymous.post("/api/dev/token", "application/json", "{\"subject\": \"" + "x".repeat(201) + "\", \"role\": \"ADMIN\"}")
                .problem(400, "subject");
    }

    @Test
    void sendsSecurityHeaders() {
        for (var response : List.of(http.get("/api/credentials"), http.anonymous().get("/api/learners"))) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("default-src 'self'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void answersNoCorsToOriginsNotConfigured() {
        var preflight = http.anonymous().send("OPTIONS", "/api/credentials", null, null,
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "GET"));
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void refusesBodiesOverTheLimitWith413AfterAuthentication() throws Exception {
        var big = "{\"targets\": [\"" + "x".repeat(1_100_000) + "\"]}";
        var declared = http.post("/api/plans", "application/json", big);
        assertThat(declared.problem(413, null).path("type").asString()).isEqualTo("urn:credpath:problem:too-large");
        assertThat(http.anonymous().post("/api/plans", "application/json", big).status()).isEqualTo(401);

        // a chunked body (no Content-Length) is counted as it is read
        var chunked = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/plans"))
                .header("Authorization", "Bearer " + http.token()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        var small = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/plans"))
                .header("Authorization", "Bearer " + http.token()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "{\"targets\": [\"no-such-target\"]}".getBytes()))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as(small.body()).isEqualTo(404);

        // a catalog file may be larger
        var catalog = http.post("/api/admin/catalog", "application/yaml", "format: credpath-catalog/1\n# " + "x".repeat(1_100_000) + "\n");
        assertThat(catalog.status()).as(catalog.text()).isEqualTo(200);
    }

    @Test
    @DisplayName("GET /.well-known/oauth-protected-resource describes the resource (RFC 9728)")
    void publishesProtectedResourceMetadata() {
        var metadata = http.anonymous().json("/.well-known/oauth-protected-resource");
        assertThat(metadata.path("resource").asString()).isEqualTo("http://localhost:" + port);
        assertThat(metadata.path("bearer_methods_supported")).extracting(m -> m.asString()).containsExactly("header");
        assertThat(metadata.path("tls_client_certificate_bound_access_tokens").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("GET /v3/api-docs names the bearer scheme for Swagger UI")
    void documentsTheBearerScheme() {
        var docs = http.anonymous().json("/v3/api-docs");
        assertThat(docs.path("components").path("securitySchemes").path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(docs.path("security").get(0).has("bearer")).isTrue();
    }

    @Test
    void matchesALearnersOwnIdInAPathAfterDecodingIt() {
        var learners = new TestLearners(driver);
        try {
            var id = learners.create("José María+1");
            var path = "/api/learners/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            assertThat(http.as(Identity.learner(id)).get(path).status()).isEqualTo(200);
            assertThat(http.as(Identity.learner(id.replace(" ", "%20"))).get(path).status()).isEqualTo(403);
        } finally {
            learners.deleteAll();
        }
    }
}
