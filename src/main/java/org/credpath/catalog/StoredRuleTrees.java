package org.credpath.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;

/** Rebuilds the rule trees {@link RuleRows} flattened, from the stored nodes and edges of one credential. */
final class StoredRuleTrees {

    private final Map<String, Map<String, Object>> nodes = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> edges = new HashMap<>();

    StoredRuleTrees(List<Map<String, Object>> nodeRows, List<Map<String, Object>> edgeRows) {
        nodeRows.forEach(n -> nodes.put((String) n.get("id"), n));
        edgeRows.forEach(e -> edges.computeIfAbsent((String) e.get("parent"), k -> new ArrayList<>()).add(e));
        edges.values().forEach(list -> list.sort(Comparator.comparingLong(e -> ((Number) e.get("position")).longValue())));
    }

    /** The tree rooted at the node with that id, or null when there is none. */
    RuleSpec tree(String rootId) {
        var node = rootId == null ? null : nodes.get(rootId);
        if (node == null) {
            return null;
        }
        var kind = RuleKind.valueOf((String) node.get("kind"));
        return switch (kind) {
            case FILTER -> new RuleSpec.FilterLeaf(text(node, "label"), text(node, "codePrefix"), text(node, "subject"),
                    text(node, "skill"), integer(node, "minEqfLevel"), texts(node, "providers"), texts(node, "kinds"),
                    number(node, "minCredits"), texts(node, "except"), texts(node, "areas"));
            case CONDITION -> new RuleSpec.ConditionLeaf(text(node, "label"));
            case UNRESOLVED -> new RuleSpec.UnresolvedLeaf(text(node, "label"), text(node, "reason"));
            default -> {
                var children = new ArrayList<RuleSpec>();
                for (var edge : edges.getOrDefault(rootId, List.of())) {
                    children.add(edge.get("requirement") != null ? tree((String) edge.get("requirement"))
                            : new RuleSpec.CredentialLeaf((String) edge.get("credential"), text(edge, "minGrade")));
                }
                yield new RuleSpec.Group(kind, integer(node, "k"), number(node, "credits"), text(node, "label"),
                        number(node, "maxCountedCredits"), integer(node, "maxCountedItems"), number(node, "maxSharedCredits"),
                        integer(node, "validityYears"), text(node, "minGrade"), children, bool(node, "gated"), bool(node, "doubleCount"),
                        integer(node, "completeByTerm"), text(node, "before"), sharedWith(texts(node, "sharedWith"), node.get("sharedWithMax")),
                        integer(node, "minAreas"), integer(node, "maxPerArea"), texts(node, "areas"));
            }
        };
    }

    /** The maxSharedWith map from its two stored lists (ids, caps). */
    static Map<String, Integer> sharedWith(List<String> ids, Object caps) {
        var map = new HashMap<String, Integer>();
        if (ids != null && caps instanceof List<?> max) {
            for (int i = 0; i < ids.size() && i < max.size(); i++) {
                map.put(ids.get(i), ((Number) max.get(i)).intValue());
            }
        }
        return map;
    }

    private static String text(Map<String, Object> row, String key) {
        return (String) row.get(key);
    }

    private static Double number(Map<String, Object> row, String key) {
        return row.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    private static Boolean bool(Map<String, Object> row, String key) {
        return row.get(key) instanceof Boolean b ? b : null;
    }

    private static Integer integer(Map<String, Object> row, String key) {
        return row.get(key) instanceof Number n ? n.intValue() : null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> row, String key) {
        return row.get(key) instanceof List<?> list ? (List<String>) list : null;
    }
}
