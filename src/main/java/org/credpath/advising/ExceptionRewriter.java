package org.credpath.advising;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Rule;

/**
 * Writes a learner's exceptions into the rules of the targets they concern, outside the engines: the audit and the plan
 * run unchanged on the snapshot this answers ({@link CatalogSnapshot#withRules}), which shares everything but
 * the rewritten trees. An equivalence named for no target reaches every target's rules, and every entry rule.
 */
final class ExceptionRewriter {

    private final CatalogSnapshot catalog;

    ExceptionRewriter(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    AdvisedCatalog apply(List<RuleException> exceptions) {
        if (exceptions.isEmpty()) {
            return AdvisedCatalog.none(catalog);
        }
        var replaced = new HashMap<String, Rule>();
        var waived = new HashSet<String>();
        var shown = new HashMap<String, Map<String, List<String>>>();
        for (var target : targets(exceptions)) {
            var root = catalog.requirements(target).orElse(null);
            if (root == null || catalog.offering(target).isEmpty()) {
                continue; // a target gone from the catalog: its exceptions show as not applied
            }
            var rewrite = new TreeRewrite(catalog, root, exceptions.stream().filter(e -> e.concerns(target)).toList());
            var rewritten = rewrite.apply();
            if (rewritten != root) {
                replaced.put(target, rewritten);
                waived.addAll(rewrite.waived());
                shown.put(target, rewrite.shownAt());
            }
        }
        return new AdvisedCatalog(catalog.withRules(replaced, entryRules(exceptions)), waived, shown, exceptions, Map.of());
    }

    /**
     * Entry rules with the equivalences named for no target written in ("X is equivalent to Z" meets a prerequisite
     * naming Z, or a filter Z matches and X does not); one named for a target changes only that target's stacking rules.
     */
    private Map<String, Rule> entryRules(List<RuleException> exceptions) {
        var everywhere = exceptions.stream().filter(e -> e.kind() == ExceptionKind.EQUIVALENT && e.target() == null).toList();
        var replaced = new HashMap<String, Rule>();
        for (int p = 0; !everywhere.isEmpty() && p < catalog.size(); p++) {
            var root = catalog.prerequisitesAt(p);
            var rewritten = root == null || !mayName(root, everywhere) ? root : new TreeRewrite(catalog, root, everywhere).apply();
            if (rewritten != root) {
                replaced.put(catalog.at(p).id(), rewritten);
            }
        }
        return replaced;
    }

    /** Whether an equivalence could change the tree: a leaf names a credential one stands for, or is a filter (cheap, no rewrite). */
    private static boolean mayName(Rule root, List<RuleException> equivalences) {
        var may = new boolean[1];
        root.forEachLeaf(leaf -> may[0] |= leaf instanceof Rule.FilterLeaf
                || leaf instanceof Rule.CredentialLeaf c && equivalences.stream().anyMatch(e -> c.credential().equals(e.equivalentTo())));
        return may[0];
    }

    private Iterable<String> targets(List<RuleException> exceptions) {
        var targets = new LinkedHashSet<String>();
        for (var e : exceptions) {
            if (e.target() != null) {
                targets.add(e.target());
            } else {
                targets.addAll(catalog.stackable());
            }
        }
        return targets;
    }
}
