package org.credpath.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.RuleSpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a filled store holds the generated world: the fill writes what to expect ({@value #FILE} in the store
 * folder: counts, and a few credentials' definitions as generated), and the run compares them with the database (counts
 * over Bolt) and with each credential read back through the API ({@code GET /api/credentials/{id}}): kind, title,
 * provider, ECTS, EQF, language, price, outcomes with their skills, the credentials named in its rule trees with their
 * minimum grades, and recognition.
 */
final class FillCheck {

    static final String FILE = "bench-check.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The Cypher count of each expected count (labels and relationship types the catalog load writes). */
    static final Map<String, String> COUNTS = Map.of(
            "providers", "MATCH (n:Provider) WHERE n.id STARTS WITH 'gen-' RETURN count(n) AS n",
            "credentials", "MATCH (n:Credential) WHERE n.id STARTS WITH 'gen-' RETURN count(n) AS n",
            "withStackingRules", "MATCH (:Credential)-[r:HAS_REQUIREMENT]->() RETURN count(r) AS n",
            "withPrerequisites", "MATCH (:Credential)-[r:HAS_PREREQUISITE]->() RETURN count(r) AS n",
            "recognitions", "MATCH (:Credential)-[r:RECOGNISED_AS]->() RETURN count(r) AS n",
            "learners", "MATCH (n:Learner) WHERE n.id STARTS WITH 'gen-' RETURN count(n) AS n",
            "holdings", "MATCH (:Learner)-[r:EARNED]->() RETURN count(r) AS n");

    private FillCheck() {
    }

    /** Writes the expectations: the generator's counts and the definitions of a micro-credential with prerequisites, one with recognition and a larger credential. */
    static void write(Path store, GeneratedCatalog generated, Map<String, Object> counts) throws Exception {
        var credentials = generated.catalog().credentials();
        var samples = new ArrayList<Map<String, Object>>();
        credentials.stream().filter(c -> c.prerequisites() != null).findFirst().ifPresent(c -> samples.add(shape(c)));
        credentials.stream().filter(c -> !c.recognisedAs().isEmpty()).findFirst().ifPresent(c -> samples.add(shape(c)));
        credentials.stream().filter(c -> c.requirements() != null).reduce((a, b) -> b).ifPresent(c -> samples.add(shape(c)));
        var expected = new LinkedHashMap<String, Object>();
        expected.put("counts", counts);
        expected.put("credentials", samples);
        Files.writeString(store.resolve(FILE), JSON.writeValueAsString(expected));
    }

    /** What the API must show of a generated credential. */
    static Map<String, Object> shape(CredentialSpec c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", c.id());
        m.put("kind", c.kind().value());
        m.put("title", c.title());
        m.put("provider", c.provider());
        m.put("ects", c.ects());
        m.put("eqfLevel", c.eqfLevel());
        m.put("language", c.language());
        m.put("price", c.price());
        m.put("outcomes", c.outcomes().stream().map(o -> o.id() + ": " + o.statement() + " " + new TreeSet<>(o.skills())).toList());
        m.put("ruleCredentials", List.copyOf(leaves(c.prerequisites(), leaves(c.requirements(), new TreeSet<>()))));
        m.put("recognisedAs", List.copyOf(c.recognisedAs().stream().map(r -> r.credential() + " " + r.credits())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new))));
        return m;
    }

    private static TreeSet<String> leaves(RuleSpec rule, TreeSet<String> into) {
        if (rule instanceof RuleSpec.CredentialLeaf leaf) {
            into.add(leaf.credential() + " " + leaf.minGrade());
        } else if (rule instanceof RuleSpec.Group group) {
            group.children().forEach(child -> leaves(child, into));
        }
        return into;
    }

    /** The same shape from the API's answer for the credential. */
    static Map<String, Object> shape(JsonNode detail) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", text(detail.get("id")));
        m.put("kind", text(detail.get("kind")));
        m.put("title", text(detail.get("title")));
        m.put("provider", text(detail.path("provider").get("id")));
        m.put("ects", number(detail.get("ects")));
        m.put("eqfLevel", detail.hasNonNull("eqfLevel") ? detail.get("eqfLevel").asInt() : null);
        m.put("language", text(detail.get("language")));
        m.put("price", number(detail.get("price")));
        var outcomes = new ArrayList<String>();
        detail.path("outcomes").forEach(o -> {
            var skills = new TreeSet<String>();
            o.path("skills").forEach(s -> skills.add(text(s.get("uri"))));
            outcomes.add(text(o.get("id")) + ": " + text(o.get("statement")) + " " + skills);
        });
        m.put("outcomes", outcomes);
        var leaves = new TreeSet<String>();
        collect(detail.get("prerequisites"), leaves);
        collect(detail.get("requirements"), leaves);
        m.put("ruleCredentials", List.copyOf(leaves));
        var recognised = new TreeSet<String>();
        detail.path("recognisedAs").forEach(r -> recognised.add(text(r.path("credential").get("id")) + " " + number(r.get("credits"))));
        m.put("recognisedAs", List.copyOf(recognised));
        return m;
    }

    private static void collect(JsonNode node, TreeSet<String> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.hasNonNull("credential")) {
            into.add(text(node.get("credential").get("id")) + " " + text(node.get("minGrade")));
        }
        node.path("children").forEach(child -> collect(child, into));
    }

    /**
     * Compares a filled store with its expectations: counts over Bolt, each sampled credential through the API. Returns
     * one line for the report: "passed: ..." or "FAILED: " and every difference; "not checked" without a {@value #FILE}.
     */
    @SuppressWarnings("unchecked")
    static String verify(Path store, CypherBaseline bolt, HttpCalls http) throws Exception {
        if (!Files.exists(store.resolve(FILE))) {
            return "not checked (the store has no " + FILE + ": filled before the check existed)";
        }
        var expected = JSON.readValue(store.resolve(FILE).toFile(), Map.class);
        var problems = new ArrayList<String>();
        var counts = (Map<String, Object>) expected.get("counts");
        COUNTS.forEach((name, query) -> {
            var stored = ((Number) bolt.rows(query, Map.of()).get(0).get("n")).longValue();
            if (counts.get(name) instanceof Number n && n.longValue() != stored) {
                problems.add(name + ": generated " + n + ", stored " + stored);
            }
        });
        var samples = (List<Map<String, Object>>) expected.get("credentials");
        for (var sample : samples) {
            var response = http.send("fill check", "/api/credentials/" + HttpCalls.encode((String) sample.get("id")), null);
            if (response.statusCode() != 200) {
                problems.add(sample.get("id") + ": GET answered " + response.statusCode());
            } else {
                problems.addAll(differences(sample, shape(JSON.readTree(response.body()))));
            }
        }
        return problems.isEmpty() ? "passed: " + COUNTS.size() + " counts equal the generated world's, " + samples.size()
                + " credentials read back through the API equal their generated definitions" : "FAILED: " + String.join("; ", problems);
    }

    /** The differences between what was generated and what the API answers, field by field; empty when equal. */
    static List<String> differences(Map<String, Object> expected, Map<String, Object> actual) {
        var problems = new ArrayList<String>();
        expected.forEach((field, value) -> {
            var normalised = value instanceof Number n ? (Object) n.doubleValue() : value;
            var other = actual.get(field) instanceof Number n ? (Object) n.doubleValue() : actual.get(field);
            if (field.equals("eqfLevel") && value instanceof Number n) {
                normalised = n.intValue();
                other = actual.get(field) instanceof Number a ? a.intValue() : null;
            }
            if (!Objects.equals(normalised, other)) {
                problems.add(expected.get("id") + " " + field + ": generated " + value + ", API " + actual.get(field));
            }
        });
        return problems;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static Double number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }
}
