package org.credpath.recommend.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.credpath.catalog.snapshot.CatalogSnapshot;

/**
 * Who provides each credential and which are open only to learners enrolled at their provider, by catalog position;
 * per provider, the positions of its enrolled-only credentials, so those open to a learner are found from the few
 * providers they are enrolled at, not by asking each credential.
 */
final class Enrollment {

    private static final int[] NONE = new int[0];

    private final Map<String, Integer> providerIds;
    private final int[] provider; // per position, the provider's id, or -1 when it states none
    private final BitSet enrolledOnly;
    private final Map<Integer, int[]> enrolledOnlyOf; // provider id -> its enrolled-only credentials' positions, in order

    Enrollment(CatalogSnapshot catalog) {
        int n = catalog.size();
        this.providerIds = new HashMap<>();
        this.provider = new int[n];
        this.enrolledOnly = new BitSet(n);
        this.enrolledOnlyOf = new HashMap<>();
        var lists = new HashMap<Integer, TreeSet<Integer>>();
        for (int p = 0; p < n; p++) {
            set(catalog, p, lists);
        }
        lists.forEach((id, positions) -> enrolledOnlyOf.put(id, positions.stream().mapToInt(Integer::intValue).toArray()));
    }

    private Enrollment(Enrollment previous, CatalogSnapshot catalog, Collection<Integer> changed) {
        int n = catalog.size();
        boolean newProvider = changed.stream().map(p -> catalog.at(p).provider()).anyMatch(id -> id != null && !previous.providerIds.containsKey(id));
        this.providerIds = newProvider ? new HashMap<>(previous.providerIds) : previous.providerIds; // only added to: shared until then
        this.provider = Arrays.copyOf(previous.provider, n);
        this.enrolledOnly = (BitSet) previous.enrolledOnly.clone();
        this.enrolledOnlyOf = new HashMap<>(previous.enrolledOnlyOf);
        var lists = new HashMap<Integer, TreeSet<Integer>>(); // the lists of the providers a changed credential leaves or joins
        for (int p : changed) {
            if (p < previous.provider.length && previous.enrolledOnly.get(p)) {
                lists.computeIfAbsent(previous.provider[p], this::listOf).remove(p);
            }
        }
        for (int p : changed) {
            set(catalog, p, lists);
        }
        lists.forEach((id, positions) -> {
            if (positions.isEmpty()) {
                enrolledOnlyOf.remove(id);
            } else {
                enrolledOnlyOf.put(id, positions.stream().mapToInt(Integer::intValue).toArray());
            }
        });
    }

    /** This one for {@code catalog}, this one's catalog with the credentials at the {@code changed} positions replaced or added. */
    Enrollment patched(CatalogSnapshot catalog, Collection<Integer> changed) {
        return new Enrollment(this, catalog, changed);
    }

    private TreeSet<Integer> listOf(int providerId) {
        var list = new TreeSet<Integer>();
        Arrays.stream(enrolledOnlyOf.getOrDefault(providerId, NONE)).forEach(list::add);
        return list;
    }

    private void set(CatalogSnapshot catalog, int p, Map<Integer, TreeSet<Integer>> lists) {
        var o = catalog.at(p);
        provider[p] = o.provider() == null ? -1 : providerIds.computeIfAbsent(o.provider(), k -> providerIds.size());
        boolean only = "enrolled-only".equals(o.access());
        enrolledOnly.set(p, only);
        if (only && provider[p] >= 0) {
            lists.computeIfAbsent(provider[p], this::listOf).add(p);
        }
    }

    int provider(int position) {
        return provider[position];
    }

    BitSet enrolledOnly() {
        return enrolledOnly;
    }

    /** The ids of the providers with these names (unknown ones left out). */
    BitSet providers(Collection<String> ids) {
        var set = new BitSet(providerIds.size());
        ids.forEach(id -> {
            var at = providerIds.get(id);
            if (at != null) {
                set.set(at);
            }
        });
        return set;
    }

    /** The enrolled-only credentials of the {@code providers} (ids). */
    BitSet enrolledOnlyAt(BitSet providers) {
        var found = new BitSet();
        for (int id = providers.nextSetBit(0); id >= 0; id = providers.nextSetBit(id + 1)) {
            for (int p : enrolledOnlyOf.getOrDefault(id, NONE)) {
                found.set(p);
            }
        }
        return found;
    }
}
