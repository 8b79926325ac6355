package org.credpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the schemas cannot tell about {@code deploy/} (they are checked by {@code deploy/check}, run in CI): that the
 * probes ask the service's real health groups (ReplicasIT shows what those answer), and that every setting the
 * deployments give through the environment is one the README's configuration table documents.
 */
class DeployManifestsTests {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Path DEPLOY = Path.of("deploy");

    @Test
    void probesAskTheReadinessAndLivenessGroups() throws IOException {
        var container = YAML.readTree(DEPLOY.resolve("kubernetes/deployment.yaml").toFile())
                .path("spec").path("template").path("spec").path("containers").get(0);

        assertThat(container.path("readinessProbe").path("httpGet").path("path").asString()).isEqualTo("/actuator/health/readiness");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(container.path("startupProbe").path("httpGet").path("path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
        assertThat(container.path("resources").path("requests").path("memory").asString()).isNotBlank();

        var compose = YAML.readTree(DEPLOY.resolve("compose.yaml").toFile()).path("services").path("credpath");
        assertThat(compose.path("healthcheck").path("test").toString()).contains("/actuator/health/readiness");
    }

    @Test
    void everyEnvironmentVariableIsDocumented() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        var documented = new HashSet<String>();
        var inTable = Pattern.compile("\\(`([A-Z0-9_]+)`\\)").matcher(readme);
        while (inTable.find()) {
            documented.add(inTable.group(1));
        }
        var given = new ArrayList<String>();
        given.addAll(names(YAML.readTree(DEPLOY.resolve("kubernetes/configmap.yaml").toFile()).path("data")));
        given.addAll(names(YAML.readTree(DEPLOY.resolve("kubernetes/secret.yaml").toFile()).path("stringData")));
        given.addAll(names(YAML.readTree(DEPLOY.resolve("compose.yaml").toFile()).path("services").path("credpath").path("environment")));

        assertThat(given).isNotEmpty();
        assertThat(given).as("set by deploy/ but not in the README's configuration table").allMatch(documented::contains);
    }

    private static List<String> names(JsonNode map) {
        var names = new ArrayList<String>();
        map.propertyNames().forEach(names::add);
        return names.stream().filter(n -> !Set.of("JAVA_TOOL_OPTIONS").contains(n)).toList();
    }
}
