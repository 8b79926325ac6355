package org.credpath.catalog.snapshot;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Cross-listed courses: one course under several codes ("Same as CS 2305 and TE 2305"). The catalog states a group once
 * ({@code sameAs}); the snapshot holds it as recognitions both ways between every two members, each for the member's own
 * ECTS ({@link CatalogSnapshot.Recognition#sameCourse}), so every engine that knows recognition lets a held member count
 * wherever a rule names (or a filter matches) another. What recognition alone does not say is said here: which
 * credentials are the same course as one, and which holdings are a second code of a course already held (counted once).
 */
public final class SameCourse {

    private SameCourse() {
    }

    /** The other codes of the same course, in id order (empty when it is cross-listed with none). */
    public static List<String> others(CatalogSnapshot catalog, String credential) {
        return others(catalog.recognitionsFrom(credential));
    }

    private static List<String> others(List<CatalogSnapshot.Recognition> from) {
        if (from.isEmpty()) {
            return List.of();
        }
        return from.stream().filter(CatalogSnapshot.Recognition::sameCourse).map(CatalogSnapshot.Recognition::to).sorted().toList();
    }

    /** The credential and the other codes of the same course. */
    public static List<String> with(CatalogSnapshot catalog, String credential) {
        var others = others(catalog, credential);
        if (others.isEmpty()) {
            return List.of(credential);
        }
        var all = new java.util.ArrayList<String>(others.size() + 1);
        all.add(credential);
        all.addAll(others);
        return all;
    }

    /** One id for the whole group (its least id): equal for two credentials exactly when they are the same course. */
    public static String key(CatalogSnapshot catalog, String credential) {
        var key = crossListedKey(catalog, credential);
        return key == null ? credential : key;
    }

    /** {@link #key} of a cross-listed course; null for a course with one code. */
    public static String crossListedKey(CatalogSnapshot catalog, String credential) {
        return crossListedKey(others(catalog, credential), credential);
    }

    /** {@link #crossListedKey} of the offering at the position (its recognitions read by position, not looked up by id). */
    public static String crossListedKeyAt(CatalogSnapshot catalog, int position) {
        var from = catalog.recognitionsFromAt(position);
        return from.isEmpty() ? null : crossListedKey(others(from), catalog.at(position).id());
    }

    private static String crossListedKey(List<String> others, String credential) {
        if (others.isEmpty()) {
            return null;
        }
        var least = others.get(0); // others are in id order
        return least.compareTo(credential) < 0 ? least : credential;
    }

    /**
     * Per holding, the holding that counts for its course instead of it, or -1 when it counts itself: of several
     * holdings of one cross-listed course (under its codes, or one code twice) the one earned last counts (a retake's result), on the
     * same day the verified one, then the first listed.
     */
    public static int[] countedInstead(CatalogSnapshot catalog, List<Holding> holdings) {
        var instead = new int[holdings.size()];
        var kept = new HashMap<String, Integer>();
        Comparator<Holding> better = Comparator.comparing(Holding::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Holding::verified);
        for (int h = 0; h < holdings.size(); h++) {
            var credential = holdings.get(h).credential();
            instead[h] = -1;
            if (others(catalog, credential).isEmpty()) {
                continue; // no cross-listing: a plain holding, as before
            }
            var key = key(catalog, credential);
            Integer k = kept.get(key);
            if (k == null || better.compare(holdings.get(h), holdings.get(k)) > 0) {
                kept.put(key, h);
            }
        }
        for (int h = 0; h < holdings.size(); h++) {
            var k = kept.get(key(catalog, holdings.get(h).credential()));
            instead[h] = k == null || k == h ? -1 : k;
        }
        return instead;
    }
}
