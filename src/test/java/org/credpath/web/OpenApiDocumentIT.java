package org.credpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The OpenAPI document (issue 18 defect 9): complete enough to generate a client from, and true to what the API answers. */
@IntegrationTest
@DisplayName("OpenAPI document: info, described operations, parameters and schemas, examples, real responses, nullable fields")
class OpenApiDocumentIT {

    static final String DESCRIPTIONS = "openapi/descriptions.yaml";
    static final List<String> MAIN_OPERATIONS = List.of("GET /api/learners/{id}/next-steps", "GET /api/learners/{id}/audit/{target}",
            "GET /api/learners/{id}/plan/{target}", "GET /api/learners/{id}/route", "GET /api/coverage", "POST /api/skills/extract");

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
    void everySchemaAndPropertyIsDescribed() {
        var missing = new ArrayList<String>();
        for (var schema : document.path("components").path("schemas").properties()) {
            if (schema.getValue().path("description").asString("").isBlank()) {
                missing.add(schema.getKey());
            }
            for (var property : schema.getValue().path("properties").properties()) {
                if (property.getValue().path("description").asString("").isBlank()) {
                    missing.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        assertThat(missing).as("schemas and properties without a description (add them to " + DESCRIPTIONS + ")").isEmpty();
    }

    @Test
    void theDescriptionTableNamesOnlySchemasAndPropertiesTheDocumentHas() throws IOException {
        JsonNode table;
        try (var in = getClass().getClassLoader().getResourceAsStream(DESCRIPTIONS)) {
            table = YAMLMapper.builder().build().readTree(in);
        }
        var schemas = document.path("components").path("schemas");
        var stale = new ArrayList<String>();
        for (var entry : table.path("schemas").properties()) {
            if (!schemas.has(entry.getKey())) {
                stale.add(entry.getKey());
            }
            for (var property : entry.getValue().path("properties").properties()) {
                if (!schemas.path(entry.getKey()).path("properties").has(property.getKey())) {
                    stale.add(entry.getKey() + "." + property.getKey());
                }
            }
        }
        for (var common : table.path("common").properties()) {
            if (schemas.valueStream().noneMatch(s -> s.path("properties").has(common.getKey()))) {
                stale.add("common " + common.getKey());
            }
        }
        assertThat(stale).as("entries of " + DESCRIPTIONS + " that describe nothing in the document").isEmpty();
    }

    @Test
    void theMainOperationsShowAnExampleAnswerThatFitsTheirSchema() {
        for (var operation : MAIN_OPERATIONS) {
            var method = operation.substring(0, operation.indexOf(' ')).toLowerCase();
            var answer = document.path("paths").path(operation.substring(operation.indexOf(' ') + 1)).path(method)
                    .path("responses").path("200").path("content");
            assertThat(answer.properties()).as(operation).isNotEmpty();
            for (var media : answer.properties()) {
                var example = media.getValue().path("examples").path("seed").path("value");
                assertThat(example.isObject()).as(operation + " example").isTrue();
                var ref = media.getValue().path("schema").path("$ref").asString();
                var schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
                for (var field : example.properties()) {
                    assertThat(schema.path("properties").has(field.getKey())).as(operation + " example field " + field.getKey()).isTrue();
                }
            }
        }
        var extract = document.path("paths").path("/api/skills/extract").path("post").path("requestBody").path("content");
        assertThat(extract.path("application/json").path("examples").path("seed").path("value").path("text").asString()).isNotBlank();
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
