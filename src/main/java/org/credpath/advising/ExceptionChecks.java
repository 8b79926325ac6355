package org.credpath.advising;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.web.BadRequestException;

/**
 * Checks an exception request against the catalog before it is stored: each kind's fields present (and no others),
 * every credential and the target known, the node in the target's stacking rules and able to take what is asked.
 * A mistake is a 400 naming the field.
 */
final class ExceptionChecks {

    static final int MAX_REASON = 500;

    private final CatalogSnapshot catalog;

    ExceptionChecks(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    /** The request as it will be stored, without id, author and time. */
    RuleException check(ExceptionRequest request) {
        if (request == null) {
            throw new BadRequestException("body", "send {kind, target, node, credential, equivalentTo, reason}");
        }
        var kind = ExceptionKind.parse(request.kind());
        if (kind == null) {
            throw new BadRequestException("kind", "is one of " + ExceptionKind.names());
        }
        var reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new BadRequestException("reason", "say why, in 1 to " + MAX_REASON + " characters: every audit it changes shows it");
        }
        switch (kind) {
            case COUNT_TOWARD -> {
                absent("equivalentTo", request.equivalentTo(), kind);
                countable(node(request), request.node());
                known("credential", request.credential());
            }
            case WAIVE -> {
                absent("credential", request.credential(), kind);
                absent("equivalentTo", request.equivalentTo(), kind);
                node(request);
            }
            case EQUIVALENT -> {
                absent("node", request.node(), kind);
                if (request.target() != null) {
                    target(request.target());
                }
                known("credential", request.credential());
                known("equivalentTo", request.equivalentTo());
                if (request.credential().equals(request.equivalentTo())) {
                    throw new BadRequestException("equivalentTo", "names the credential itself");
                }
            }
        }
        return new RuleException(null, kind, request.target(), request.node(), request.credential(), request.equivalentTo(),
                reason, null, null);
    }

    private Rule node(ExceptionRequest request) {
        var root = target(request.target());
        if (request.node() == null || request.node().isBlank()) {
            throw new BadRequestException("node", "is required: a rule node id of the target's stacking rules (the audit's tree lists them)");
        }
        var node = RuleIndex.byId(root).get(request.node());
        if (node == null) {
            throw new BadRequestException("node", "no rule node '" + request.node() + "' in the stacking rules of '" + request.target()
                    + "' (the audit's tree lists the ids)");
        }
        return node;
    }

    private Rule target(String target) {
        if (target == null || target.isBlank()) {
            throw new BadRequestException("target", "is required: the larger credential whose rules change");
        }
        known("target", target);
        return catalog.requirements(target).orElseThrow(() ->
                new BadRequestException("target", "credential '" + target + "' has no stacking rules: nothing counts toward it"));
    }

    /** "Count X toward Y" needs a Y that can take one more credential without asking for more. */
    private static void countable(Rule node, String id) {
        if (node instanceof Rule.Group g && g.kind() == Rule.Kind.ALL_OF) {
            throw new BadRequestException("node", "'" + id + "' needs every one of its children: name the child the credential stands in for");
        }
        if (node instanceof Rule.ConditionLeaf || node instanceof Rule.UnresolvedLeaf) {
            throw new BadRequestException("node", "'" + id + "' is not met by credentials: waive it instead (kind WAIVE)");
        }
    }

    private void known(String field, String credential) {
        if (credential == null || credential.isBlank()) {
            throw new BadRequestException(field, "is required");
        }
        if (catalog.offering(credential).isEmpty()) {
            throw new BadRequestException(field, "no credential with id '" + credential + "'");
        }
    }

    private static void absent(String field, String value, ExceptionKind kind) {
        if (value != null) {
            throw new BadRequestException(field, "has no meaning for " + kind + ": leave it out");
        }
    }
}
