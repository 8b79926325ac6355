package org.credpath.imports.ctdl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.credpath.imports.JsonFiles.JsonFile;
import org.credpath.imports.ctdl.Terms.Role;

/**
 * Warnings about the source as a whole: files that hold nothing to import, terms that are not CTDL pathway
 * vocabulary (pre-release drafts, typos), and resources described more than once, which are merged.
 */
final class SourceNotes {

    /** CTDL terms this importer reads or knowingly passes over on pathways, components, conditions and constraints. */
    static final Set<String> KNOWN = Set.of("name", "description", "ctid", "hasChild", "isChildOf", "hasPart", "isPartOf",
            "hasCondition", "targetComponent", "requiredNumber", "creditValue", "prerequisite", "precedes", "precededBy",
            "hasDestinationComponent", "isDestinationComponentOf", "isDestinationComponentFor", "proxyFor", "sourceData",
            "codedNotation", "subjectWebpage", "credentialType", "ownedBy", "offeredBy", "hasConstraint", "logicalOperator",
            "leftSource", "rightSource", "leftAction", "rightAction", "comparator",
            // read as information only: progression models, categories, identifiers, point values
            "componentCategory", "componentDesignation", "hasProgressionLevel", "hasProgressionModel", "identifier",
            "pointValue", "programTerm", "occupationType", "industryType", "instructionalProgramType", "keyword", "subject",
            "inLanguage", "dateEffective", "expirationDate", "alternateName", "weight", "hasPathway", "hasPrimaryPathway",
            "hasProxy", "proxyForList", "completionAward", "hasSupportService", "allowUseOfPathwayDestination");

    private SourceNotes() {
    }

    static void note(List<JsonFile> files, JsonLdGraph graph, Components components, CtdlFindings findings) {
        var unknown = new TreeMap<String, Set<String>>();
        var contributing = new TreeSet<String>();
        var merged = new LinkedHashMap<String, List<String>>();
        for (var node : graph.nodes()) {
            var role = components.role(node);
            if (role == Role.OTHER) {
                continue;
            }
            contributing.addAll(node.describedIn);
            node.props.forEach((property, values) -> {
                if (!KNOWN.contains(property)) {
                    values.forEach(v -> unknown.computeIfAbsent(v.file(), f -> new TreeSet<>()).add(property));
                }
            });
            if (node.iri != null && node.describedIn.size() > 1 && role != Role.CONSTRAINT) {
                merged.computeIfAbsent(String.join(", ", new TreeSet<>(node.describedIn)), f -> new ArrayList<>()).add(node.iri);
            }
        }
        merged.forEach((where, ids) -> findings.warn(where, ids.size() + " resource(s) described more than once, merged into "
                + "one each as JSON-LD merges descriptions of one @id (a property given twice keeps its first value): "
                + String.join(", ", ids.stream().limit(5).toList()) + (ids.size() > 5 ? " and " + (ids.size() - 5) + " more" : "")));
        for (var file : files) {
            if (!contributing.contains(file.name())) {
                findings.warn(file.name(), "holds no CTDL pathway, pathway component or condition; nothing imported from it");
            }
        }
        unknown.forEach((file, terms) -> findings.warn(file, "terms that are not CTDL pathway vocabulary, not read: "
                + String.join(", ", terms)));
    }
}
