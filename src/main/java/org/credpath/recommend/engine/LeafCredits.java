package org.credpath.recommend.engine;

import java.util.List;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;

/** What a credential counts for at a rule leaf: its own ECTS (none when unknown) when it matches as itself, or a recognition's credits. */
final class LeafCredits {

    private LeafCredits() {
    }

    /** The credits the credential counts for at the leaf (as itself or through recognition), or null when it does not match. */
    static Double of(Rule leaf, Offering o, CatalogSnapshot catalog) {
        return of(leaf, o, matches(leaf, o, catalog), catalog.recognitionsFrom(o.id()), catalog);
    }

    /** {@code itself}: whether o matches the leaf as itself; {@code from}: o's recognitions. */
    static Double of(Rule leaf, Offering o, boolean itself, List<CatalogSnapshot.Recognition> from, CatalogSnapshot catalog) {
        Double best = itself ? Double.valueOf(o.credits()) : null;
        for (var r : from) {
            var target = catalog.offering(r.to()).orElse(null);
            if (target != null && matches(leaf, target, catalog)) {
                double credits = r.credits() != null ? r.credits() : o.credits();
                best = best == null ? credits : Math.max(best, credits);
            }
        }
        return best;
    }

    private static boolean matches(Rule leaf, Offering o, CatalogSnapshot catalog) {
        if (leaf instanceof Rule.CredentialLeaf c) {
            return c.credential().equals(o.id());
        }
        return leaf instanceof Rule.FilterLeaf f && catalog.matches(f.filter(), o);
    }
}
