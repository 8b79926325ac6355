package org.credpath.web.docs;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Completes the OpenAPI document by rule, so that controllers need not each repeat it: the {@code info} object,
 * the problem responses of every operation ({@link ProblemResponses}), parameter descriptions from one table
 * ({@link ParameterDescriptions}), schema and property descriptions and the main operations' examples from another
 * ({@link SchemaDescriptions}), 204 for operations that answer no body, and the fields that may be null.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    /** Fields that are null in some answers ("Schema.property"): typed nullable, so clients do not trip on them. */
    static final List<String> NULLABLE = List.of("CountedHolding.via", "StackingOption.blocked", "Evidence.credential",
            "IssuedToken.learner", "TokenRequest.learner");

    @Bean
    OperationCustomizer noContentOperations() {
        return (operation, handler) -> {
            var returned = ResolvableType.forMethodReturnType(handler.getMethod());
            if (ResponseEntity.class.equals(returned.resolve()) && Void.class.equals(returned.getGeneric(0).resolve())) {
                operation.getResponses().remove("200");
                operation.getResponses().addApiResponse("204", new ApiResponse().description("Done; no body"));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer completeDocument() {
        return openApi -> {
            openApi.info(info());
            openApi.getComponents().addSchemas("Problem", ProblemResponses.problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ProblemResponses.add(path, method, operation);
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().filter(p -> p.getDescription() == null || p.getDescription().isBlank())
                            .forEach(p -> p.setDescription(ParameterDescriptions.of(path, p.getName())));
                }
            }));
            nullable(openApi);
            exportAnswers(openApi);
            var table = SchemaDescriptions.table();
            SchemaDescriptions.describe(openApi, table);
            SchemaDescriptions.addExamples(openApi, table);
        };
    }

    private static Info info() {
        var version = ApiDocs.class.getPackage().getImplementationVersion();
        return new Info().title("credpath API").version(version == null ? "development" : version)
                .description("Stackability and pathway recommender for micro-credentials: the catalog (credentials, providers, ESCO "
                        + "skills and occupations), learner records, audits and completion plans, next steps, routes and employer "
                        + "coverage. Errors are RFC 9457 problem details (application/problem+json) naming the parameter or field "
                        + "at fault. Authenticate with a bearer token (in local mode from POST /api/dev/token).")
                .license(new License().name("Proprietary"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullable(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        for (var entry : NULLABLE) {
            var schema = schemas.get(entry.substring(0, entry.indexOf('.')));
            var property = schema == null || schema.getProperties() == null ? null
                    : (Schema) schema.getProperties().get(entry.substring(entry.indexOf('.') + 1));
            if (property == null) {
                continue;
            }
            if (property.get$ref() != null) {
                schema.getProperties().put(entry.substring(entry.indexOf('.') + 1),
                        new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().type("null"))));
            } else {
                property.addType("null");
            }
        }
    }

    /** The export answers one document (clr, elm) or a list of them (ob3): say so instead of "object". */
    private static void exportAnswers(OpenAPI openApi) {
        var export = openApi.getPaths().get("/api/learners/{id}/export");
        if (export == null || export.getGet() == null) {
            return;
        }
        var document = new Schema<>().type("object").description("A credential document (JSON-LD)");
        var answer = new Schema<>().oneOf(List.of(new ArraySchema().items(document).description("format ob3: one OpenBadgeCredential "
                + "per holding"), document.description("format clr or elm: one document of all holdings")));
        export.getGet().getResponses().addApiResponse("200", new ApiResponse().description("The learner's holdings as documents")
                .content(new Content().addMediaType("application/json", new MediaType().schema(answer))));
    }
}
