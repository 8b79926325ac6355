package org.credpath.imports.ctdl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.imports.JsonFiles.JsonFile;
import org.credpath.imports.ctdl.JsonLdGraph.Node;

/**
 * Maps CTDL pathways (Credential Engine JSON-LD) onto the credpath catalog model, framework-free. Every
 * course, assessment and credential component becomes a credential (id: its {@code ceterms:ctid}, else its
 * {@code @id}) offered by the organisation that owns it or its pathway; its conditions become its rule tree
 * ({@link RuleBuilder}); groups are inlined; {@code ceterms:precedes} becomes a suggested order. A pathway is
 * carried by its destination component. Problems (rule cycles among groups and conditions, components without
 * an id, two components claiming one CTID) refuse the source; everything else is kept and told in warnings.
 * Cycles through credentials and references to the database are left to the catalog validator.
 */
final class CtdlMapper {

    static final ProviderSpec UNSTATED_OWNER = new ProviderSpec("ctdl-unstated-owner",
            "Owner not stated in the CTDL source", null, "other", null);

    /**
     * Maps {@code files}; {@code stored} tells which of the ids that references the source does not describe
     * could stand for are credentials already in the database.
     */
    CtdlMapping map(String label, List<JsonFile> files, int otherFiles, UnaryOperator<Set<String>> stored) {
        var findings = new CtdlFindings();
        var graph = new JsonLdGraph();
        files.forEach(graph::add);
        var components = new Components(graph);
        var known = stored.apply(unresolvedCandidates(graph));
        var ids = credentialIds(components, findings);
        var owners = new Owners(graph, components);
        var rules = new RuleBuilder(graph, components, ids, known, findings);
        var precedes = new Precedes(graph, components, ids, findings);
        var credentials = new ArrayList<CredentialSpec>();
        var origins = new ArrayList<String>();
        var providers = new LinkedHashMap<String, ProviderSpec>();
        for (var node : components.held) {
            if (!ids.containsKey(node)) {
                continue;
            }
            var details = new Details(graph, node, findings);
            var kind = details.kind();
            var provider = owners.provider(node);
            providers.putIfAbsent(provider.id(), provider);
            var credits = details.credits();
            credentials.add(new CredentialSpec(ids.get(node), kind, details.title(), provider.id(), details.description(),
                    details.code(), null, credits == null ? null : credits.ects(), credits == null ? null : credits.creditHours(),
                    null, null, null, null, null, null, null, null, null, null, details.url(), List.of(),
                    rules.prerequisites(node, kind == CredentialKind.COURSE),
                    kind == CredentialKind.COURSE ? null : rules.requirements(node), List.of(), precedes.of(node),
                    credits == null ? null : credits.sourceCredits(), credits == null ? null : credits.sourceUnit()));
            origins.add(node.where());
        }
        pathways(components, findings);
        SourceNotes.note(files, graph, components, findings);
        if (!findings.problems.isEmpty()) {
            throw new CatalogRejectedException(label, findings.problems);
        }
        var catalog = new Catalog(List.copyOf(providers.values()), List.of(), List.of(), credentials, List.of());
        return new CtdlMapping(catalog, origins, summary(files.size(), otherFiles, credentials.size(), findings),
                findings.warnings);
    }

    /** Ids that references the source does not resolve may have in the database. */
    private static Set<String> unresolvedCandidates(JsonLdGraph graph) {
        var candidates = new HashSet<String>();
        for (var node : graph.nodes()) {
            for (var property : Components.STRUCTURAL) {
                node.values(property).stream().filter(v -> graph.resolve(v) == null).map(JsonLdGraph::reference)
                        .filter(r -> r != null).forEach(r -> candidates.addAll(Terms.idCandidates(r)));
            }
        }
        return candidates;
    }

    /** The credpath id of every held component: its CTID, else its @id; none for a blank node, one per id. */
    private static Map<Node, String> credentialIds(Components components, CtdlFindings findings) {
        var ids = new IdentityHashMap<Node, String>();
        var owner = new HashMap<String, Node>();
        for (var node : components.held) {
            var ctids = Literals.texts(node, "ctid");
            if (ctids.size() > 1) {
                findings.warn(node.where(), "has " + ctids.size() + " CTIDs " + ctids + "; the first is its id");
            }
            var id = !ctids.isEmpty() ? ctids.get(0) : node.iri;
            if (id == null || id.startsWith("_:")) {
                findings.problem(node.where(), "a " + String.join("/", node.types)
                        + " needs an @id (not a blank node) or a ceterms:ctid to be stored as a credential");
                continue;
            }
            var other = owner.putIfAbsent(id, node);
            if (other != null) {
                findings.problem(node.where(), "id '" + id + "' is also the id of " + other.where()
                        + "; two components cannot be one credential");
                continue;
            }
            ids.put(node, id);
        }
        return ids;
    }

    private static void pathways(Components components, CtdlFindings findings) {
        for (var pathway : components.pathways) {
            findings.pathways++;
            var destination = components.destination(pathway);
            if (destination != null && destination.node() != null && components.role(destination.node()) == Terms.Role.HELD) {
                findings.pathwaysWithCredential++;
            } else {
                findings.warn(pathway.where(), destination == null ? "states no destination component"
                        : destination.node() == null ? "its destination " + JsonLdGraph.reference(destination.value())
                                + " is not described in the source"
                        : "its destination " + Constraints.name(destination.node()) + " is no credential component, so the "
                                + "pathway's rules have no credential to belong to; its components are imported");
            }
        }
    }

    private static String summary(int files, int otherFiles, int credentials, CtdlFindings f) {
        return ("read %d JSON-LD file(s)%s: %d pathway(s) (%d with a credential as destination), %d component(s) stored "
                + "as credentials, %d group component(s) inlined as rule groups, %d condition(s); kept %d condition leaves and "
                + "%d unresolved references; %d reference(s) to credentials already stored; %d precedes link(s) kept as a "
                + "suggested order, %d not between credentials left out; %d credit value(s) without a unit read as US "
                + "semester credit hours, %d in a unit with no ECTS equivalent")
                .formatted(files, otherFiles == 0 ? "" : " (" + otherFiles + " other file(s) left alone)", f.pathways,
                        f.pathwaysWithCredential, credentials, f.groupsInlined, f.conditions, f.conditionLeaves, f.unresolved,
                        f.storedReferences, f.precedesKept, f.precedesNotBetweenCredentials, f.creditsWithoutUnit,
                        f.creditsInOtherUnits);
    }
}
