package org.credpath.imports.ctdl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;
import org.credpath.imports.ctdl.Components.Ref;
import org.credpath.imports.ctdl.JsonLdGraph.Node;
import org.credpath.imports.ctdl.Terms.Role;

/**
 * Turns components' conditions into credpath rule trees. A {@code ceterms:ComponentCondition} asks for
 * {@code requiredNumber} of its {@code targetComponent}s (all of them when it states no number; with the Or
 * operator and no number, any one), and for its nested conditions ({@code ceterms:hasCondition}) and constraints
 * joined by its {@code logicalOperator} (And by default; Or and OnlyOne: any one; without targets,
 * {@code requiredNumber} counts the nested conditions); its constraints become one condition leaf. A target is a
 * credential leaf for a stored component, the inlined rules of a group, a condition leaf for a job, work
 * experience, competency or activity, and an unresolved leaf for a reference the source does not describe
 * (unless it names a credential already stored). A group or condition met again on its own path is a cycle.
 */
final class RuleBuilder {

    private final JsonLdGraph graph;
    private final Components components;
    private final Map<Node, String> credentialIds;
    private final Set<String> stored;
    private final CtdlFindings findings;
    private final List<Node> path = new ArrayList<>();

    RuleBuilder(JsonLdGraph graph, Components components, Map<Node, String> credentialIds, Set<String> stored,
                CtdlFindings findings) {
        this.graph = graph;
        this.components = components;
        this.credentialIds = credentialIds;
        this.stored = stored;
        this.findings = findings;
    }

    /** A credential component's stacking rules: its conditions, or all its children when no condition names a target. */
    RuleSpec requirements(Node component) {
        return enter(component, () -> rules(component, null, true));
    }

    /** A course or assessment's entry rules: {@code ceterms:prerequisite}, and its conditions (how the examples state them). */
    RuleSpec prerequisites(Node component, boolean conditionsToo) {
        return enter(component, () -> {
            var parts = new ArrayList<RuleSpec>();
            component.values("prerequisite").forEach(v -> parts.add(item(new Ref(v, graph.resolve(v)))));
            if (conditionsToo) {
                var conditions = rules(component, null, false);
                if (conditions != null) {
                    parts.add(conditions);
                }
            }
            return Trees.all(parts, null);
        });
    }


    /** A node's conditions, and (for credentials and groups) all its children when no condition names a target. */
    private RuleSpec rules(Node node, String label, boolean children) {
        var parts = new ArrayList<RuleSpec>();
        var namesTargets = false;
        for (var value : node.values("hasCondition")) {
            var condition = graph.resolve(value);
            if (condition == null) {
                parts.add(unresolved(JsonLdGraph.reference(value), "a condition the source does not describe"));
                continue;
            }
            namesTargets |= namesTargets(condition, 0);
            parts.add(enter(condition, () -> condition(condition)));
        }
        var childRefs = children && !namesTargets ? components.children(node) : List.<Ref>of();
        if (!childRefs.isEmpty()) {
            parts.add(Trees.all(childRefs.stream().map(this::item).toList(), null));
        }
        return Trees.all(parts, label);
    }

    private RuleSpec condition(Node condition) {
        findings.conditions++;
        var label = Trees.first(Literals.text(condition, "name"), Literals.text(condition, "description"));
        var operator = Constraints.operator(condition);
        var or = "Or".equals(operator) || "OnlyOne".equals(operator);
        if ("OnlyOne".equals(operator)) {
            findings.warn(condition.where(), "logicalOperator OnlyOne is read as Or: credpath has no 'not more than one'");
        }
        var targets = condition.values("targetComponent").stream().map(v -> item(new Ref(v, graph.resolve(v)))).toList();
        var subordinate = new ArrayList<RuleSpec>();
        for (var value : condition.values("hasCondition")) {
            var inner = graph.resolve(value);
            subordinate.add(inner == null ? unresolved(JsonLdGraph.reference(value), "a condition the source does not describe")
                    : enter(inner, () -> condition(inner)));
        }
        var constraints = Constraints.describe(graph, condition, or ? " OR " : " AND ");
        if (constraints != null) {
            findings.conditionLeaves++;
            if (targets.isEmpty() && subordinate.isEmpty()) {
                return new RuleSpec.ConditionLeaf(label == null ? constraints : label + " (" + constraints + ")");
            }
            subordinate.add(new RuleSpec.ConditionLeaf(constraints));
        }
        var numbers = Literals.numbers(condition, "requiredNumber");
        var k = numbers.isEmpty() ? null : Integer.valueOf((int) Math.round(numbers.get(0)));
        var parts = new ArrayList<RuleSpec>();
        if (!targets.isEmpty()) {
            parts.add(choose(k == null && or ? Integer.valueOf(1) : k, targets, condition));
        }
        if (!subordinate.isEmpty()) {
            // the operator joins nested conditions and constraints; without targets requiredNumber counts the nested conditions
            parts.add(choose(or ? Integer.valueOf(1) : targets.isEmpty() ? k : null, subordinate, condition));
        }
        if (parts.isEmpty()) {
            findings.conditionLeaves++;
            return new RuleSpec.ConditionLeaf(label == null ? "a condition that names nothing to complete" : label);
        }
        return Trees.all(parts, label);
    }

    private RuleSpec choose(Integer k, List<RuleSpec> items, Node condition) {
        if (k == null || k == items.size()) {
            return Trees.all(items, null);
        }
        if (k > items.size()) {
            findings.warn(condition.where(), "requires " + k + " of " + items.size() + ", which cannot be met; kept as stated");
        } else if (k <= 0) {
            findings.warn(condition.where(), "requiredNumber " + k + " asks for nothing; read as at least 1");
            return Trees.group(RuleKind.AT_LEAST_K_OF, 1, items, null);
        }
        return Trees.group(RuleKind.AT_LEAST_K_OF, k, items, null);
    }

    private RuleSpec item(Ref ref) {
        var node = ref.node();
        if (node == null) {
            var reference = ref.value() == null ? null : JsonLdGraph.reference(ref.value());
            if (reference != null) {
                for (var candidate : Terms.idCandidates(reference)) {
                    if (stored.contains(candidate)) {
                        findings.storedReferences++;
                        return new RuleSpec.CredentialLeaf(candidate, null);
                    }
                }
            }
            var shown = reference != null ? reference : ref.value() == null ? "?" : ref.value().json().toString();
            return unresolved(shown, "not described in the source nor stored");
        }
        var role = components.role(node);
        if (role == Role.HELD && credentialIds.containsKey(node)) {
            return new RuleSpec.CredentialLeaf(credentialIds.get(node), null);
        }
        if (role == Role.GROUP) {
            findings.groupsInlined++;
            var name = Trees.first(Literals.text(node, "name"), Literals.text(node, "description"));
            var inlined = enter(node, () -> rules(node, name, true));
            if (inlined == null) {
                findings.conditionLeaves++;
                return new RuleSpec.ConditionLeaf(name == null ? "complete component " + node.iri : "complete " + name);
            }
            return inlined;
        }
        if (role == Role.CONDITION) {
            findings.conditionLeaves++;
            return new RuleSpec.ConditionLeaf(Constraints.componentLabel(node));
        }
        if (role == Role.PATHWAY) {
            var destination = components.destination(node);
            return destination == null ? unresolved(node.iri, "a pathway without a destination component")
                    : enter(node, () -> item(destination));
        }
        if (role == Role.COMPONENT_CONDITION) {
            return enter(node, () -> condition(node));
        }
        return unresolved(node.iri == null ? "?" : node.iri, "is a " + String.join("/", node.types) + ", not a pathway component");
    }

    /** Runs {@code build} with {@code node} on the path; a node met again on its own path is a cycle, refused. */
    private RuleSpec enter(Node node, Supplier<RuleSpec> build) {
        int at = indexOf(node);
        if (at >= 0) {
            var cycle = new ArrayList<String>();
            for (var member : path.subList(at, path.size())) {
                if (member.iri != null) { // a condition without @id is no item a reader can find
                    cycle.add(Constraints.name(member));
                }
            }
            cycle.add(Constraints.name(node));
            findings.problem(node.where(), "rule cycle: " + String.join(" -> ", cycle) + " (each needs the next, so none can be attained)");
            return new RuleSpec.UnresolvedLeaf(node.iri == null ? "?" : node.iri, "part of a rule cycle");
        }
        path.add(node);
        try {
            return build.get();
        } finally {
            path.remove(path.size() - 1);
        }
    }

    private int indexOf(Node node) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    private boolean namesTargets(Node condition, int depth) {
        if (condition.has("targetComponent")) {
            return true;
        }
        return depth < 20 && condition.values("hasCondition").stream().map(graph::resolve)
                .anyMatch(inner -> inner != null && namesTargets(inner, depth + 1));
    }

    private RuleSpec unresolved(String reference, String reason) {
        findings.unresolved++;
        return new RuleSpec.UnresolvedLeaf(reference == null ? "?" : reference, reason);
    }
}
