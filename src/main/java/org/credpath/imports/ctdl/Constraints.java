package org.credpath.imports.ctdl;

import java.util.ArrayList;
import java.util.List;

import org.credpath.imports.ctdl.JsonLdGraph.Node;
import org.credpath.imports.ctdl.JsonLdGraph.Value;

/**
 * A condition's operator, and texts for what credpath keeps as condition leaves: {@code ceterms:Constraint}s ("grade EQ AnyOf [A, B, C]"),
 * components that are no credential ("Job: Network administrator"), and names of nodes in messages.
 */
final class Constraints {

    private Constraints() {
    }

    /** The condition's constraints as one text joined by {@code joiner}, or null when it has none. */
    static String describe(JsonLdGraph graph, Node condition, String joiner) {
        var texts = new ArrayList<String>();
        for (var value : condition.values("hasConstraint")) {
            var constraint = graph.resolve(value);
            texts.add(constraint == null ? "constraint " + JsonLdGraph.reference(value) + " (not described in the source)"
                    : constraint(constraint));
        }
        return texts.isEmpty() ? null : String.join(joiner, texts);
    }

    /** A condition leaf's text for a job, work experience, competency or activity component. */
    static String componentLabel(Node node) {
        var type = node.types.stream().filter(Terms::isComponentClass).findFirst().orElse("Component")
                .replace("Component", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        var name = Literals.text(node, "name");
        return (type.isEmpty() ? "Component" : type) + ": " + (name != null ? name : node.iri);
    }

    /** How messages name a node: its name and id. */
    static String name(Node node) {
        var name = Literals.text(node, "name");
        if (name == null) {
            return node.iri == null ? "(a condition without @id in " + node.where() + ")" : node.iri;
        }
        return node.iri == null ? "'" + name + "'" : "'" + name + "' (" + node.iri + ")";
    }

    /** The condition's {@code logicalOperator} as And, Or or OnlyOne; null when it states none. */
    static String operator(Node condition) {
        var values = condition.values("logicalOperator");
        if (values.isEmpty()) {
            return null;
        }
        var reference = JsonLdGraph.reference(values.get(0));
        var text = reference != null ? reference : Literals.text(condition, "logicalOperator");
        if (text == null) {
            return null;
        }
        var concept = Terms.concept(text).toLowerCase();
        return concept.equals("or") ? "Or" : concept.equals("onlyone") ? "OnlyOne" : "And";
    }

    private static String constraint(Node constraint) {
        var parts = new ArrayList<String>();
        addTerms(parts, constraint.values("leftAction"));
        addTerms(parts, constraint.values("leftSource"));
        addTerms(parts, constraint.values("comparator"));
        addTerms(parts, constraint.values("rightAction"));
        var right = new ArrayList<String>();
        addTerms(right, constraint.values("rightSource"));
        parts.add(right.size() == 1 ? right.get(0) : right.toString());
        var text = String.join(" ", parts).strip();
        var description = Literals.text(constraint, "description");
        return description != null ? description + " [" + text + "]" : text;
    }

    private static void addTerms(List<String> into, List<Value> values) {
        for (var value : values) {
            var reference = JsonLdGraph.reference(value);
            if (reference != null) {
                into.add(Terms.concept(reference));
            } else {
                var json = value.json().isObject() && value.json().has("@value") ? value.json().get("@value") : value.json();
                into.add(json.isString() ? Terms.concept(json.asString()) : json.toString());
            }
        }
    }
}
