package org.credpath.advising;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Rule;

/**
 * One target's rule tree with a learner's exceptions written into it, so that the engines need not know of them:
 * a waived node becomes a condition leaf (same id) that is waived; "count X toward Y" and "X is equivalent to Z" become
 * an extra credential leaf for X labelled with the exception's marker: beside Y when Y is a filter under a k-of-n or
 * credit node (X is one more item of it) or when Y is such a node, else, for a credential leaf or a filter that must
 * itself be met, in a new 1-of group with Y. Nothing else of the tree changes.
 */
final class TreeRewrite {

    private record Alternative(RuleException exception, String credential, String minGrade) {
    }

    private final CatalogSnapshot catalog;
    private final Rule root;
    private final Map<String, RuleException> waives = new HashMap<>();
    private final Map<String, List<Alternative>> alternatives = new HashMap<>();
    private final Map<String, List<String>> shownAt = new LinkedHashMap<>();
    private final Set<String> waived = new HashSet<>();

    TreeRewrite(CatalogSnapshot catalog, Rule root, List<RuleException> exceptions) {
        this.catalog = catalog;
        this.root = root;
        var nodes = RuleIndex.byId(root);
        for (var exception : exceptions) {
            switch (exception.kind()) {
                case WAIVE -> waives.putIfAbsent(exception.node(), exception);
                case COUNT_TOWARD -> {
                    var grade = nodes.get(exception.node()) instanceof Rule.CredentialLeaf leaf ? leaf.minGrade() : null;
                    add(exception.node(), new Alternative(exception, exception.credential(), grade));
                }
                case EQUIVALENT -> nodes.values().forEach(node -> equivalent(exception, node));
            }
        }
    }

    /** Where Z counts by name, or by a filter X does not already meet, X may count instead. */
    private void equivalent(RuleException exception, Rule node) {
        if (node instanceof Rule.CredentialLeaf leaf && leaf.credential().equals(exception.equivalentTo())) {
            add(node.id(), new Alternative(exception, exception.credential(), leaf.minGrade()));
        } else if (node instanceof Rule.FilterLeaf filter && matches(filter, exception.equivalentTo()) && !matches(filter, exception.credential())) {
            add(node.id(), new Alternative(exception, exception.credential(), null));
        }
    }

    private boolean matches(Rule.FilterLeaf filter, String credential) {
        return catalog.offering(credential).map(o -> catalog.matches(filter.filter(), o)).orElse(false);
    }

    private void add(String node, Alternative alternative) {
        alternatives.computeIfAbsent(node, n -> new ArrayList<>()).add(alternative);
    }

    /** The rewritten tree: the same object when no exception applies to it. */
    Rule apply() {
        if (waives.isEmpty() && alternatives.isEmpty()) {
            return root;
        }
        return rewrite(root, null).get(0); // with no parent, a rewritten node is always one node
    }

    /** Ids of the nodes the rewrite waived (to be waived by the audit and the plan). */
    Set<String> waived() {
        return waived;
    }

    /** Per exception id, the ids of the audit tree's nodes that show it. */
    Map<String, List<String>> shownAt() {
        return shownAt;
    }

    private List<Rule> rewrite(Rule rule, Rule.Group parent) {
        var waive = waives.get(rule.id());
        if (waive != null) {
            waived.add(rule.id());
            shown(waive, rule.id());
            return List.of(new Rule.ConditionLeaf(rule.id(), RuleIndex.describe(rule, catalog) + ": " + waive.marker()));
        }
        var extra = alternatives.getOrDefault(rule.id(), List.of());
        if (rule instanceof Rule.Group group) {
            return List.of(group(group, extra));
        }
        if (extra.isEmpty() || !(rule instanceof Rule.CredentialLeaf || rule instanceof Rule.FilterLeaf)) {
            return List.of(rule);
        }
        var options = new ArrayList<Rule>();
        options.add(rule);
        extra.forEach(a -> options.add(leaf(a, rule.id())));
        boolean oneMoreItem = rule instanceof Rule.FilterLeaf && parent != null && parent.kind() != Rule.Kind.ALL_OF;
        return oneMoreItem ? options : List.of(anyOf(rule, options));
    }

    private Rule group(Rule.Group group, List<Alternative> extra) {
        var children = new ArrayList<Rule>();
        boolean changed = false;
        for (var child : group.children()) {
            var rewritten = rewrite(child, group);
            changed |= rewritten.size() != 1 || rewritten.get(0) != child;
            children.addAll(rewritten);
        }
        if (group.kind() != Rule.Kind.ALL_OF) { // an all-of node would need the extra child too: refused when made
            for (var alternative : extra) {
                children.add(leaf(alternative, group.id()));
                changed = true;
            }
        }
        return changed ? group.withChildren(group.id(), children) : group;
    }

    private Rule anyOf(Rule original, List<Rule> options) {
        var label = RuleIndex.describe(original, catalog) + ", or by exception " + String.join(", ", options.stream().skip(1)
                .map(o -> RuleIndex.title(((Rule.CredentialLeaf) o).credential(), catalog)).toList());
        return new Rule.Group(original.id() + "/exceptions", label, Rule.Kind.AT_LEAST_K_OF, 1, null, Rule.Limits.NONE, options);
    }

    private Rule leaf(Alternative alternative, String at) {
        var id = at + "/exception/" + alternative.exception().id();
        shown(alternative.exception(), id);
        var label = RuleIndex.title(alternative.credential(), catalog) + ": " + alternative.exception().marker();
        return new Rule.CredentialLeaf(id, label, alternative.credential(), alternative.minGrade());
    }

    private void shown(RuleException exception, String node) {
        shownAt.computeIfAbsent(exception.id(), e -> new ArrayList<>()).add(node);
    }
}
