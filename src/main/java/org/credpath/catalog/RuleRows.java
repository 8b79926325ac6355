package org.credpath.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;

/**
 * Flattens rule trees into the rows the writer sends: one {@code :Requirement} per group, filter,
 * condition or unresolved leaf, with ids derived from the owner and position
 * ({@code cert-x/requirements/1/0}), and ordered {@code OPTION} edges; a credential leaf becomes an
 * edge straight to the credential.
 */
final class RuleRows {

    static final String REQUIREMENTS = "requirements";
    static final String PREREQUISITES = "prerequisites";

    final List<Map<String, Object>> nodes = new ArrayList<>();
    final List<Map<String, Object>> roots = new ArrayList<>();
    final List<Map<String, Object>> edges = new ArrayList<>();

    void add(String credentialId, String role, RuleSpec rule) {
        if (rule == null) {
            return;
        }
        // a root must be a rule node: a lone credential leaf is wrapped in ALL_OF
        var root = rule instanceof RuleSpec.CredentialLeaf
                ? new RuleSpec.Group(RuleKind.ALL_OF, null, null, null, null, null, null, null, null, List.of(rule))
                : rule;
        var rootId = credentialId + "/" + role;
        node(credentialId, role, rootId, root);
        roots.add(Map.of("credential", credentialId, "requirement", rootId,
                "type", REQUIREMENTS.equals(role) ? "HAS_REQUIREMENT" : "HAS_PREREQUISITE"));
    }

    private void node(String owner, String role, String id, RuleSpec rule) {
        var props = Rows.props("id", id, "owner", owner, "role", role);
        if (rule instanceof RuleSpec.Group g) {
            props.putAll(Rows.props("kind", g.kind().name(), "k", g.k(), "credits", g.credits(), "label", g.label(),
                    "maxCountedCredits", g.maxCountedCredits(), "maxCountedItems", g.maxCountedItems(),
                    "maxSharedCredits", g.maxSharedCredits(), "validityYears", g.validityYears(), "minGrade", g.minGrade(),
                    "gated", g.gated(), "doubleCount", g.doubleCount(),
                    "completeByTerm", g.completeByTerm(), "before", g.before(), "minAreas", g.minAreas(), "maxPerArea", g.maxPerArea(),
                    "areas", g.areas().isEmpty() ? null : g.areas()));
            if (!g.maxSharedWith().isEmpty()) { // a map is no property value: ids and caps as two lists in the same order
                var ids = g.maxSharedWith().keySet().stream().sorted().toList();
                props.put("sharedWith", ids);
                props.put("sharedWithMax", ids.stream().map(g.maxSharedWith()::get).toList());
            }
            for (int i = 0; i < g.children().size(); i++) {
                var child = g.children().get(i);
                if (child instanceof RuleSpec.CredentialLeaf leaf) {
                    edges.add(Rows.props("parent", id, "credential", leaf.credential(), "position", i, "minGrade", leaf.minGrade()));
                } else {
                    var childId = id + "/" + i;
                    node(owner, role, childId, child);
                    edges.add(Rows.props("parent", id, "requirement", childId, "position", i));
                }
            }
        } else if (rule instanceof RuleSpec.FilterLeaf f) {
            props.putAll(Rows.props("kind", RuleKind.FILTER.name(), "label", f.label(), "codePrefix", f.codePrefix(),
                    "subject", f.subject(), "skill", f.skill(), "minEqfLevel", f.minEqfLevel(),
                    "providers", f.providers().isEmpty() ? null : f.providers(),
                    "kinds", f.kinds().isEmpty() ? null : f.kinds(), "minCredits", f.minCredits(),
                    "except", f.except().isEmpty() ? null : f.except(), "areas", f.areas().isEmpty() ? null : f.areas()));
        } else if (rule instanceof RuleSpec.ConditionLeaf c) {
            props.putAll(Rows.props("kind", RuleKind.CONDITION.name(), "label", c.text()));
        } else if (rule instanceof RuleSpec.UnresolvedLeaf u) {
            props.putAll(Rows.props("kind", RuleKind.UNRESOLVED.name(), "label", u.reference(), "reason", u.reason()));
        }
        nodes.add(props);
    }
}
