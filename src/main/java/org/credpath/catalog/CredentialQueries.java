package org.credpath.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.catalog.CredentialDetail.CredentialRef;
import org.credpath.catalog.CredentialDetail.Outcome;
import org.credpath.catalog.CredentialDetail.Recognition;
import org.credpath.database.GraphReader;
import org.credpath.web.PageRequest;
import org.credpath.web.PageResult;
import org.springframework.stereotype.Component;

/** Read side of the credential catalog: the filtered listing and the detail view with rule trees. */
@Component
class CredentialQueries {

    /** Optional filters of the credential listing; null means any. */
    record Filter(String q, String provider, String kind, Integer eqfLevel, String language, String participation, Double maxPrice) {
    }

    private final GraphReader graph;

    CredentialQueries(GraphReader graph) {
        this.graph = graph;
    }

    PageResult<CredentialSummary> search(Filter filter, PageRequest page) {
        var params = new HashMap<String, Object>();
        params.put("q", filter.q() == null ? null : filter.q().toLowerCase());
        params.put("provider", filter.provider());
        params.put("kind", filter.kind());
        params.put("eqfLevel", filter.eqfLevel());
        params.put("language", filter.language());
        params.put("participation", filter.participation());
        params.put("maxPrice", filter.maxPrice());
        return graph.page("catalog/search-credentials", params, page, CredentialSummary.class);
    }

    Optional<CredentialDetail> detail(String id) {
        return graph.one("catalog/credential-detail", Map.of("id", id)).map(row -> {
            @SuppressWarnings("unchecked")
            var credential = new HashMap<>((Map<String, Object>) row.get("credential"));
            credential.put("provider", row.get("provider"));
            var trees = ruleTrees(id);
            return new CredentialDetail(graph.convert(credential, CredentialSummary.class), (String) credential.get("description"),
                    graph.list(row.get("outcomes"), Outcome.class),
                    trees.get(id + "/" + RuleRows.PREREQUISITES), trees.get(id + "/" + RuleRows.REQUIREMENTS),
                    graph.list(row.get("recognisedAs"), Recognition.class), graph.list(row.get("recognisedFrom"), Recognition.class),
                    graph.list(row.get("stacksInto"), CredentialRef.class), graph.list(row.get("unlocks"), CredentialRef.class),
                    graph.list(row.get("precedes"), CredentialRef.class), graph.list(row.get("precededBy"), CredentialRef.class),
                    graph.list(row.get("sameAs"), CredentialRef.class));
        });
    }

    /** The credential's rule trees by root id, assembled from their flat node rows. */
    private Map<String, RuleNode> ruleTrees(String id) {
        var nodes = new HashMap<String, RuleNode>();
        var children = new HashMap<String, List<Child>>();
        for (var row : graph.all("catalog/credential-rules", Map.of("id", id))) {
            var node = graph.convert(row.get("node"), RuleNode.class);
            if (row.get("node") instanceof Map<?, ?> props && props.get("sharedWith") instanceof List<?> ids) {
                node = node.withSharedWith(StoredRuleTrees.sharedWith(ids.stream().map(String::valueOf).toList(), props.get("sharedWithMax")));
            }
            nodes.put(node.id(), node);
            children.put(node.id(), graph.list(row.get("children"), Child.class));
        }
        var trees = new HashMap<String, RuleNode>();
        for (var root : List.of(id + "/" + RuleRows.PREREQUISITES, id + "/" + RuleRows.REQUIREMENTS)) {
            if (nodes.containsKey(root)) {
                trees.put(root, assemble(root, nodes, children));
            }
        }
        return trees;
    }

    private record Child(String requirement, RuleNode.CredentialLeaf credential, String minGrade) {
    }

    private static RuleNode assemble(String id, Map<String, RuleNode> nodes, Map<String, List<Child>> children) {
        var assembled = new ArrayList<RuleNode>();
        for (var child : children.get(id)) {
            assembled.add(child.requirement() != null
                    ? assemble(child.requirement(), nodes, children)
                    : RuleNode.credentialLeaf(child.credential(), child.minGrade()));
        }
        return nodes.get(id).withChildren(assembled);
    }
}
