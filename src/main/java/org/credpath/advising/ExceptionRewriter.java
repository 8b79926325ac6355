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
 * run unchanged on the snapshot this answers ({@link CatalogSnapshot#withRequirements}), which shares everything but
 * the rewritten trees. An equivalence named for no target reaches every target's rules.
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
        return new AdvisedCatalog(catalog.withRequirements(replaced), waived, shown, exceptions, Map.of());
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
