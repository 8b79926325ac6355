package org.credpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The OpenAPI document (issue 18 defect 9): complete enough to generate a client from, and true to what the API answers. */
@IntegrationTest
@DisplayName("OpenAPI document: info, described operations and parameters, real responses, nullable fields")
class OpenApiDocumentIT {

    @LocalServerPort
    int port;

    private JsonNode document;

    @BeforeEach
    void read() {
        document = new Http(port).anonymous().json("/v3/api-docs");
    }

    @Test
    void hasTheInfoObjectTheSpecificationRequires() {
        assertThat(document.path("info").path("title").asString()).isNotBlank();
        assertThat(document.path("info").path("version").asString()).isNotBlank();
    }

    @Test
    void everyOperationAndParameterIsDescribed() {
        var missing = new ArrayList<String>();
        operations((path, method, operation) -> {
            if (operation.path("summary").asString("").isBlank() && operation.path("description").asString("").isBlank()) {
                missing.add(method + " " + path);
            }
            for (var parameter : operation.path("parameters")) {
                if (parameter.path("description").asString("").isBlank()) {
                    missing.add(method + " " + path + " parameter " + parameter.path("name").asString());
                }
            }
        });
        assertThat(missing).as("operations and parameters without a description").isEmpty();
    }

    @Test
    void everyOperationDocumentsItsProblemResponses() {
        operations((path, method, operation) -> {
            var responses = operation.path("responses");
            assertThat(responses.has("503")).as(method + " " + path).isTrue();
            assertThat(responses.path("503").path("content").has("application/problem+json")).isTrue();
            if (operation.has("requestBody")) {
                assertThat(responses.has("400") && responses.has("413") && responses.has("415")).as(method + " " + path).isTrue();
            }
        });
        var learner = document.path("paths").path("/api/learners/{id}");
        assertThat(learner.path("get").path("responses").has("401")).isTrue();
        assertThat(learner.path("get").path("responses").has("404")).isTrue();
        assertThat(learner.path("delete").path("responses").has("204")).isTrue();
        assertThat(learner.path("delete").path("responses").has("200")).isFalse();
        assertThat(document.path("paths").path("/api/credentials").path("get").path("responses").has("401")).as("public").isFalse();
        assertThat(document.path("paths").path("/api/admin/catalog").path("post").path("responses").has("422")).isTrue();
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("parameter")).isTrue();
    }

    @Test
    void fieldsThatMayBeNullAreTypedNullable() {
        var schemas = document.path("components").path("schemas");
        assertThat(schemas.path("CountedHolding").path("properties").path("via").path("type").toString()).contains("null");
        assertThat(schemas.path("StackingOption").path("properties").path("blocked").path("type").toString()).contains("null");
        assertThat(schemas.path("Evidence").path("properties").path("credential").path("type").toString()).contains("null");
        assertThat(schemas.path("IssuedToken").path("properties").path("learner").path("type").toString()).contains("null");
    }

    @Test
    void theExportIsDeclaredAsTheListOrDocumentItAnswers() {
        var schema = document.path("paths").path("/api/learners/{id}/export").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema");
        assertThat(schema.path("oneOf").get(0).path("type").asString()).isEqualTo("array");
    }

    interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private void operations(OperationVisitor visitor) {
        for (var path : document.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                visitor.visit(path.getKey(), method.getKey().toUpperCase(), method.getValue());
            }
        }
    }
}
