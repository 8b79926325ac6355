package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;

/**
 * A growing list of credentials with their positions by id, so a credential leaf finds the members that
 * count at it by lookup ({@link EntryRules#matching}) instead of by asking every member; what counts at each
 * leaf is kept until a member is added (a route asks the same leaves many times over the same members).
 */
final class Members {

    /** The members that count at a leaf, in position order, with the credits each counts for. */
    record LeafMatches(int[] positions, double[] credits) {
    }

    private final List<Offering> list = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<Rule, LeafMatches> atLeaf = new IdentityHashMap<>();
    private final Map<Object, LeafMatches> byCriterion = new HashMap<>();
    private int[] byCatalogPosition;

    static Members of(Collection<Offering> offerings) {
        var members = new Members();
        offerings.forEach(members::add);
        return members;
    }

    void add(Offering offering) {
        if (positions.putIfAbsent(offering.id(), list.size()) == null) {
            list.add(offering);
            atLeaf.clear();
            byCriterion.clear();
            byCatalogPosition = null;
        }
    }

    /** Per position in the catalog, the position of the member with that id, or -1 (built once, kept until a member is added). */
    int[] byCatalogPosition(CatalogSnapshot catalog) {
        if (byCatalogPosition == null) {
            byCatalogPosition = new int[catalog.size()];
            Arrays.fill(byCatalogPosition, -1);
            for (int p = 0; p < list.size(); p++) {
                int at = catalog.position(list.get(p).id());
                if (at >= 0) {
                    byCatalogPosition[at] = p;
                }
            }
        }
        return byCatalogPosition;
    }

    /**
     * What counts at the leaf, from the memo: by the leaf itself, else by what decides its matches (a filter leaf's
     * filter, a credential leaf's credential), so equal leaves of different rules are worked out once.
     */
    LeafMatches atLeaf(Rule leaf, Supplier<LeafMatches> compute) {
        var found = atLeaf.get(leaf);
        if (found == null) {
            Object key = leaf instanceof Rule.FilterLeaf f ? f.filter() : leaf instanceof Rule.CredentialLeaf c ? c.credential() : leaf;
            found = byCriterion.computeIfAbsent(key, k -> compute.get());
            atLeaf.put(leaf, found);
        }
        return found;
    }

    int size() {
        return list.size();
    }

    Offering get(int position) {
        return list.get(position);
    }

    /** The member's position, or -1. */
    int position(String id) {
        return positions.getOrDefault(id, -1);
    }

    List<Offering> list() {
        return list;
    }
}
