package org.credpath.catalog.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the offerings a filter matches without testing every offering: each criterion a filter may state
 * (providers, kinds, skill, subject, areas, code prefix) has an index from its value to the positions of the
 * offerings that have it, and a filter is tested only against the offerings of its most selective
 * criterion. Exact: an offering that meets the filter meets each of its criteria, so it is among those.
 * At 20,000 credentials a filter's first use went from a few milliseconds (a full scan) to the size of
 * its smallest criterion, which is what the first audit against a larger credential waits for.
 * An incremental refresh does not rebuild it ({@link #patched}): positions stay, so the index built before still
 * names every unchanged offering under its values; the changed positions are kept aside and tested for every filter,
 * until they outgrow a small share of the catalog and the index is built anew.
 */
final class FilterIndex {

    private static final int[] NONE = new int[0];

    private final Offering[] offerings;
    private final Map<String, int[]> byProvider;
    private final Map<String, int[]> byKind;
    private final Map<String, int[]> bySkill;
    private final Map<String, int[]> bySubject;
    private final Map<String, int[]> byArea;
    private final String[] sortedCodes; // normalised codes in order, with the offering of each at the same place below
    private final int[] byCode;
    private final int[] patched; // positions changed or added since the maps above were built, in order

    FilterIndex(Offering[] offerings) {
        this.offerings = offerings;
        this.patched = NONE;
        this.byProvider = index(o -> o.provider() == null ? List.of() : List.of(o.provider()));
        this.byKind = index(o -> o.kind() == null ? List.of() : List.of(o.kind()));
        this.bySkill = index(o -> o.skills());
        this.bySubject = index(o -> o.subject() == null ? List.of() : List.of(fold(o.subject())));
        this.byArea = index(Offering::areas);
        var coded = new ArrayList<Integer>();
        for (int p = 0; p < offerings.length; p++) {
            if (offerings[p].code() != null) {
                coded.add(p);
            }
        }
        var codes = new String[offerings.length];
        coded.forEach(p -> codes[p] = Filter.normalisedCode(offerings[p].code()));
        coded.sort(Comparator.comparing(p -> codes[p]));
        this.byCode = coded.stream().mapToInt(Integer::intValue).toArray();
        this.sortedCodes = Arrays.stream(byCode).mapToObj(p -> codes[p]).toArray(String[]::new);
    }

    private FilterIndex(FilterIndex built, Offering[] offerings, int[] patched) {
        this.offerings = offerings;
        this.byProvider = built.byProvider;
        this.byKind = built.byKind;
        this.bySkill = built.bySkill;
        this.bySubject = built.bySubject;
        this.byArea = built.byArea;
        this.sortedCodes = built.sortedCodes;
        this.byCode = built.byCode;
        this.patched = patched;
    }

    /**
     * The index of {@code offerings}, which differ from this index's only at the {@code changed} positions (some of
     * them, past this index's end, added): in time proportional to the change, until the changes kept aside since the
     * last whole build pass {@code max(64, n / 32)}.
     */
    FilterIndex patched(Offering[] offerings, java.util.Collection<Integer> changed) {
        var all = new java.util.TreeSet<Integer>();
        for (int p : patched) {
            all.add(p);
        }
        all.addAll(changed);
        if (all.size() > Math.max(64, offerings.length / 32)) {
            return new FilterIndex(offerings);
        }
        return new FilterIndex(this, offerings, all.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The positions of the offerings the filter matches. */
    BitSet matching(Filter filter) {
        var found = new BitSet(offerings.length);
        List<int[]> smallest = null;
        int size = Integer.MAX_VALUE;
        for (var candidates : criteria(filter)) {
            int n = candidates.stream().mapToInt(a -> a.length).sum();
            if (n < size) {
                smallest = candidates;
                size = n;
            }
        }
        if (smallest == null) {
            for (int p = 0; p < offerings.length; p++) {
                found.set(p, filter.matches(offerings[p]));
            }
            return found;
        }
        for (var positions : smallest) {
            for (int p : positions) {
                if (filter.matches(offerings[p])) {
                    found.set(p);
                }
            }
        }
        for (int p : patched) {
            found.set(p, filter.matches(offerings[p]));
        }
        return found;
    }

    /** For each criterion the filter states, the positions (in parts) of the offerings that meet it. */
    private List<List<int[]>> criteria(Filter filter) {
        var criteria = new ArrayList<List<int[]>>();
        if (!filter.providers().isEmpty()) {
            criteria.add(filter.providers().stream().map(p -> byProvider.getOrDefault(p, NONE)).toList());
        }
        if (!filter.kinds().isEmpty()) {
            criteria.add(filter.kinds().stream().map(k -> byKind.getOrDefault(k, NONE)).toList());
        }
        if (filter.skill() != null) {
            criteria.add(List.of(bySkill.getOrDefault(filter.skill(), NONE)));
        }
        if (filter.subject() != null) {
            criteria.add(List.of(bySubject.getOrDefault(fold(filter.subject()), NONE)));
        }
        if (!filter.areas().isEmpty()) { // an offering in two of the areas is in two parts: tested twice, set once
            criteria.add(filter.areas().stream().map(a -> byArea.getOrDefault(a, NONE)).toList());
        }
        if (filter.codePrefix() != null) {
            var prefix = Filter.normalisedCode(filter.codePrefix());
            int from = lowerBound(prefix);
            int to = from;
            while (to < sortedCodes.length && sortedCodes[to].startsWith(prefix)) {
                to++;
            }
            criteria.add(List.of(Arrays.copyOfRange(byCode, from, to)));
        }
        return criteria;
    }

    private int lowerBound(String key) {
        int lo = 0;
        int hi = sortedCodes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedCodes[mid].compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Map<String, int[]> index(Function<Offering, java.util.Collection<String>> values) {
        var lists = new HashMap<String, List<Integer>>();
        for (int p = 0; p < offerings.length; p++) {
            for (var value : values.apply(offerings[p])) {
                lists.computeIfAbsent(value, k -> new ArrayList<>()).add(p);
            }
        }
        var index = new HashMap<String, int[]>(lists.size() * 2);
        lists.forEach((value, positions) -> index.put(value, positions.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    /**
     * A form in which two strings are equal exactly when {@link String#equalsIgnoreCase} says so: that method
     * compares char by char through upper and then lower case, so folding each char the same way keeps its answer.
     */
    static String fold(String s) {
        var chars = new char[s.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return new String(chars);
    }
}
