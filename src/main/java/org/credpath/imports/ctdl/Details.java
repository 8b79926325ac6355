package org.credpath.imports.ctdl;

import java.util.List;

import org.credpath.catalog.model.CredentialKind;
import org.credpath.imports.ctdl.JsonLdGraph.Node;
import org.credpath.imports.ctdl.Terms.Role;

/**
 * What a held component says of itself, completed from the resource it stands for ({@code ceterms:proxyFor},
 * {@code ceterms:sourceData}) where the source describes that resource: title, description, code, page,
 * kind and credits. A property given several times (descriptions of one @id merged) keeps its first value,
 * with a warning.
 */
final class Details {

    private final JsonLdGraph graph;
    private final Node node;
    private final Node proxied;
    private final CtdlFindings findings;
    private final String description;
    private final String code;
    private final String title;

    Details(JsonLdGraph graph, Node node, CtdlFindings findings) {
        this.graph = graph;
        this.node = node;
        this.findings = findings;
        this.proxied = proxied(graph, node);
        this.description = orProxied(single("description"), "description");
        this.code = orProxied(single("codedNotation"), "codedNotation");
        var name = orProxied(single("name"), "name");
        var fallback = code != null ? code : description;
        this.title = name != null ? name : fallback != null ? fallback : String.join("/", node.types) + " " + node.iri;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String code() {
        return code;
    }

    String url() {
        for (var source : proxied == null ? List.of(node) : List.of(node, proxied)) {
            var page = Literals.text(source, "subjectWebpage");
            if (page != null) {
                return page;
            }
        }
        var data = Literals.text(node, "sourceData");
        return data != null && data.startsWith("http") ? data : null;
    }

    CredentialKind kind() {
        var type = node.types.stream().filter(t -> Terms.role(t) == Role.HELD).findFirst().orElse("CredentialComponent");
        var credentialType = node.values("credentialType").stream().map(JsonLdGraph::reference).filter(r -> r != null)
                .findFirst().orElse(null);
        if (credentialType == null && proxied != null) {
            credentialType = proxied.types.stream().filter(t -> Terms.role(t) == Role.HELD).findFirst().orElse(null);
        }
        return Terms.kind(type, credentialType);
    }

    /** The first credit value of the component (or of the resource it stands for); null when it states none. */
    Credits credits() {
        var owner = node.has("creditValue") || proxied == null ? node : proxied;
        var values = owner.values("creditValue");
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            findings.warn(node.where(), "has " + values.size() + " credit values; the first is kept");
        }
        var value = values.get(0);
        var profile = graph.resolve(value);
        Double amount = profile == null ? Literals.number(value) : first(Literals.numbers(profile, "value"),
                Literals.numbers(profile, "minValue"));
        if (amount == null) {
            findings.warn(node.where(), "states a credit value without a number; no credits kept");
            return null;
        }
        var credits = Credits.of(amount, profile == null ? null : unit(profile));
        if (!credits.unitStated()) {
            findings.creditsWithoutUnit++;
        } else if (!credits.converted()) {
            findings.creditsInOtherUnits++;
        }
        return credits;
    }

    private static Node proxied(JsonLdGraph graph, Node node) {
        for (var property : List.of("proxyFor", "sourceData")) {
            for (var value : node.values(property)) {
                var resource = graph.resolve(value);
                if (resource != null && resource != node) {
                    return resource;
                }
            }
        }
        return null;
    }

    private String orProxied(String own, String property) {
        return own == null && proxied != null ? Literals.text(proxied, property) : own;
    }

    private static String unit(Node profile) {
        for (var value : profile.values("creditUnitType")) {
            var reference = JsonLdGraph.reference(value);
            if (reference != null) {
                return reference;
            }
        }
        var texts = Literals.texts(profile, "creditUnitType");
        return !texts.isEmpty() ? texts.get(0) : Literals.text(profile, "unitText");
    }

    private String single(String property) {
        var texts = Literals.texts(node, property);
        if (texts.size() > 1) {
            findings.warn(node.where(), "has " + texts.size() + " values of " + property + " " + quoted(texts)
                    + "; the first is kept");
        }
        return texts.isEmpty() ? null : texts.get(0);
    }

    private static String quoted(List<String> texts) {
        var shown = texts.stream().limit(3).map(t -> "'" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "'").toList();
        return "(" + String.join(", ", shown) + (texts.size() > 3 ? ", ..." : "") + ")";
    }

    private static Double first(List<Double> a, List<Double> b) {
        return !a.isEmpty() ? a.get(0) : !b.isEmpty() ? b.get(0) : null;
    }
}
