package org.credpath.web.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One table, {@value #TABLE}, of what each schema of the OpenAPI document and each of its properties means: a
 * property's description is the schema's own entry for it, else the common entry for its name (the same names recur:
 * {@code id}, {@code ects}, {@code price}...). Descriptions given in code ({@code @Schema}) win. The table also names
 * the example answers of the main operations (files under {@code openapi/examples/}, real answers on the seed catalog).
 */
final class SchemaDescriptions {

    static final String TABLE = "openapi/descriptions.yaml";
    static final String EXAMPLES = "openapi/examples/";

    /** A schema's description and its properties' own descriptions. */
    record Entry(String description, Map<String, String> properties) {
        Entry {
            properties = properties == null ? Map.of() : properties;
        }
    }

    /** The example of one operation: the request body ({@code request}, optional) and the answer of status {@code status}. */
    record OperationExample(String summary, String status, String request, String response) {
    }

    record Table(Map<String, String> common, Map<String, Entry> schemas, Map<String, OperationExample> examples) {
        Table {
            common = common == null ? Map.of() : common;
            schemas = schemas == null ? Map.of() : schemas;
            examples = examples == null ? Map.of() : examples;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaDescriptions() {
    }

    static Table table() {
        try (var in = new ClassPathResource(TABLE).getInputStream()) {
            return YAMLMapper.builder().build().readValue(in, Table.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
    }

    /** Fills every blank schema and property description the table has an entry for. */
    @SuppressWarnings("rawtypes")
    static void describe(OpenAPI openApi, Table table) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        var openApi31 = openApi.getOpenapi() != null && openApi.getOpenapi().startsWith("3.1");
        schemas.forEach((name, schema) -> {
            var entry = table.schemas().getOrDefault(name, new Entry(null, null));
            if (blank(schema.getDescription())) {
                schema.setDescription(entry.description());
            }
            if (schema.getProperties() == null) {
                return;
            }
            Map<String, Schema> properties = schema.getProperties();
            properties.replaceAll((property, value) -> {
                var description = entry.properties().getOrDefault(property, table.common().get(property));
                return blank(value.getDescription()) && description != null ? described(value, description, openApi31) : value;
            });
        });
    }

    /**
     * The property with its description. OpenAPI 3.1 allows a description beside a reference; before 3.1 it would be
     * dropped, so there a bare reference is wrapped in an allOf.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema described(Schema property, String description, boolean openApi31) {
        if (property.get$ref() != null && !openApi31) {
            return new Schema<>().allOf(List.of(new Schema<>().$ref(property.get$ref()))).description(description);
        }
        return property.description(description);
    }

    /** Attaches the table's examples to their operations ("METHOD /path"), answer and request body. */
    static void addExamples(OpenAPI openApi, Table table) {
        table.examples().forEach((operation, example) -> {
            var path = openApi.getPaths().get(operation.substring(operation.indexOf(' ') + 1));
            var method = operation.substring(0, operation.indexOf(' ')).toLowerCase();
            var op = path == null ? null : path.readOperationsMap().entrySet().stream()
                    .filter(e -> e.getKey().name().equalsIgnoreCase(method)).map(Map.Entry::getValue).findFirst().orElse(null);
            if (op == null) {
                throw new IllegalStateException(TABLE + " has an example for " + operation + ", which the API does not have");
            }
            var response = op.getResponses().get(example.status());
            if (response != null && response.getContent() != null) {
                response.getContent().forEach((type, media) -> media.addExamples("seed", example(example.summary(), example.response())));
            }
            if (example.request() != null && op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().forEach((type, media) -> media.addExamples("seed", example(example.summary(),
                        example.request())));
            }
        });
    }

    private static Example example(String summary, String file) {
        try (var in = new ClassPathResource(EXAMPLES + file).getInputStream()) {
            return new Example().summary(summary).value(JSON.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example " + EXAMPLES + file, e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
