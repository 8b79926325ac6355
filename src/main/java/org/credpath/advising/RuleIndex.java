package org.credpath.advising;

import java.util.LinkedHashMap;
import java.util.Map;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;

/** The nodes of a rule tree by id (groups and leaves, as the audit's tree names them), and how to name one to a reader. */
final class RuleIndex {

    private RuleIndex() {
    }

    static Map<String, Rule> byId(Rule root) {
        var nodes = new LinkedHashMap<String, Rule>();
        root.<Void>fold((leaf, groups) -> {
            nodes.putIfAbsent(leaf.id(), leaf);
            return null;
        }, (group, children) -> {
            nodes.putIfAbsent(group.id(), group);
            return null;
        });
        return nodes;
    }

    /** The node's label, else (a credential leaf) the credential's title, else its id. */
    static String describe(Rule rule, CatalogSnapshot catalog) {
        if (rule.label() != null) {
            return rule.label();
        }
        if (rule instanceof Rule.CredentialLeaf leaf) {
            return title(leaf.credential(), catalog);
        }
        return rule.id();
    }

    static String title(String credential, CatalogSnapshot catalog) {
        return catalog.offering(credential).map(Offering::title).orElse(credential);
    }
}
