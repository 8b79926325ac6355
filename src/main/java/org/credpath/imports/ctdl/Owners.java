package org.credpath.imports.ctdl;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.ProviderSpec;
import org.credpath.imports.ctdl.JsonLdGraph.Node;

import tools.jackson.databind.node.StringNode;

/**
 * Who offers each credential: the organisation it names ({@code ceterms:ownedBy}, {@code ceterms:offeredBy}), else
 * the owner of a pathway that reaches it, else {@link CtdlMapper#UNSTATED_OWNER}. An organisation is identified by
 * its CTID (described in the source, or the one its registry IRI ends in), else its reference.
 */
final class Owners {

    private final JsonLdGraph graph;
    private final Map<Node, String> pathwayOwner = new IdentityHashMap<>();

    Owners(JsonLdGraph graph, Components components) {
        this.graph = graph;
        for (var pathway : components.pathways) {
            var owner = owner(pathway);
            if (owner != null) {
                components.reachable(pathway).forEach(node -> pathwayOwner.putIfAbsent(node, owner));
            }
        }
    }

    ProviderSpec provider(Node node) {
        var reference = owner(node) != null ? owner(node) : pathwayOwner.get(node);
        if (reference == null) {
            return CtdlMapper.UNSTATED_OWNER;
        }
        var organisation = graph.resolve(new JsonLdGraph.Value(StringNode.valueOf(reference),
                node.describedIn.get(0)));
        var candidates = Terms.idCandidates(reference);
        var id = organisation != null && Literals.text(organisation, "ctid") != null ? Literals.text(organisation, "ctid")
                : candidates.get(candidates.size() - 1);
        var name = organisation != null ? Literals.text(organisation, "name") : null;
        return new ProviderSpec(id, name != null ? name : "Organisation " + id + " (not described in the source)",
                null, "other", null);
    }

    private static String owner(Node node) {
        for (var property : List.of("ownedBy", "offeredBy")) {
            for (var value : node.values(property)) {
                var reference = JsonLdGraph.reference(value);
                if (reference != null) {
                    return reference;
                }
            }
        }
        return null;
    }
}
